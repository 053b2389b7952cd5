package vn.coop.sangtao.platform.config;

import io.micrometer.tracing.Tracer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import org.springdoc.core.customizers.OpenApiCustomizer;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import vn.coop.sangtao.platform.file.UploadLimit;
import vn.coop.sangtao.platform.problem.BodySizeLimitFilter;
import vn.coop.sangtao.platform.problem.ProblemAdvice;
import vn.coop.sangtao.platform.problem.ProblemErrorController;
import vn.coop.sangtao.platform.problem.ProblemResponseWriter;
import vn.coop.sangtao.platform.problem.Problems;
import vn.coop.sangtao.platform.text.NfcStringDeserializer;

import java.util.List;
import java.util.Locale;

/**
 * Web conventions of every service: Vietnamese by default and English on request, problem+json for
 * every error, bounded request bodies, NFC text.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
        "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration"})
public class PlatformWebConfiguration {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setDefaultLocale(VIETNAMESE);
        resolver.setSupportedLocales(List.of(VIETNAMESE, Locale.ENGLISH));
        return resolver;
    }

    @Bean
    Problems problems(MessageSource messages, LocaleResolver localeResolver, ObjectProvider<Tracer> tracer) {
        return new Problems(messages, localeResolver, tracer);
    }

    @Bean
    ProblemResponseWriter problemResponseWriter(Problems problems, JsonMapper json) {
        return new ProblemResponseWriter(problems, json);
    }

    @Bean
    ProblemAdvice problemAdvice(Problems problems, ObjectProvider<UploadLimit> uploadLimit) {
        return new ProblemAdvice(problems, uploadLimit);
    }

    @Bean
    ProblemErrorController problemErrorController(Problems problems) {
        return new ProblemErrorController(problems);
    }

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(
            @Value("${sangtao.web.max-json-body:262144}") long limit, ProblemResponseWriter problems) {
        FilterRegistrationBean<BodySizeLimitFilter> registration =
                new FilterRegistrationBean<>(new BodySizeLimitFilter(limit, problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /**
     * The service's OpenAPI document: named after the service, with bearer-token security, and a
     * relative server so that Swagger UI at the gateway sends its calls through the gateway.
     */
    @Bean
    OpenAPI sangtaoOpenApi(@Value("${spring.application.name}") String service) {
        return new OpenAPI()
                .info(new Info().title("Sangtao " + service + " API").version("v1")
                        .description("Đoàn kết sáng tạo: " + service + ". Errors are RFC 9457 problem+json."))
                .servers(List.of(new Server().url("/")))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    @Bean
    OpenApiCustomizer sangtaoProblemResponses() {
        return new ProblemResponses();
    }

    @Bean
    JacksonModule nfcText() {
        return new SimpleModule("sangtao-nfc-text").addDeserializer(String.class, new NfcStringDeserializer());
    }
}
