package vn.coop.sangtao.membership.exchange.web;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import vn.coop.sangtao.membership.exchange.ExchangeProperties;

/**
 * Uploads of import sheets, the service's only multipart requests. The container stops reading an
 * upload at {@code sangtao.membership.exchange.max-import-size} (these beans replace Boot's
 * {@code spring.servlet.multipart.*} defaults, whose 1 MB would refuse an ordinary sheet), and the
 * upload is parsed only when the controller asks for it, so that a too-large one is answered by
 * {@link UploadProblemAdvice} with the import's own problem.
 */
@Configuration(proxyBeanMethods = false)
class UploadConfiguration {

    /** Room for the form's boundaries and part headers around the sheet itself. */
    private static final long FORM_OVERHEAD = 64 * 1024;
    private static final int KEPT_IN_MEMORY = 1024 * 1024;

    @Bean
    MultipartConfigElement multipartConfigElement(ExchangeProperties limits) {
        long max = limits.maxImportSize().toBytes();
        return new MultipartConfigElement("", max, max + FORM_OVERHEAD, KEPT_IN_MEMORY);
    }

    @Bean
    StandardServletMultipartResolver multipartResolver() {
        StandardServletMultipartResolver resolver = new StandardServletMultipartResolver();
        resolver.setResolveLazily(true);
        return resolver;
    }
}
