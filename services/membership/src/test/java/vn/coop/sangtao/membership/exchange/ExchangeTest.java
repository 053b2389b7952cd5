package vn.coop.sangtao.membership.exchange;

import org.springframework.test.context.TestPropertySource;
import vn.coop.sangtao.platform.test.ServiceTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The service under test with small import and export bounds, so that the limits can be reached
 * with small files. Every exchange test class shares this one context; each test works in a tenant
 * of its own, so none sees another's units.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ServiceTest
@TestPropertySource(properties = {
        "sangtao.membership.exchange.max-import-size=256KB",
        "sangtao.membership.exchange.max-import-rows=300",
        "sangtao.membership.exchange.max-export-rows=40"})
@interface ExchangeTest {
}
