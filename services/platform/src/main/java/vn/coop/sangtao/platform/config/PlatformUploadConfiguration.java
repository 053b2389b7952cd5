package vn.coop.sangtao.platform.config;

import jakarta.servlet.MultipartConfigElement;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import vn.coop.sangtao.platform.file.UploadLimit;

/**
 * Multipart limits that follow the {@link UploadLimit} of a service that takes uploads. The servlet
 * container reads a request whole up to the limit plus {@link #FORM_ROOM} for the form's boundaries
 * and headers, so that a file just past the limit reaches the service and is refused with the limit
 * named; a request larger still is refused before it is read and answers the same problem (see
 * {@code ProblemAdvice}). Spring Boot's own multipart defaults (1 MB a file) would refuse most
 * scanned documents.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.servlet.autoconfigure.MultipartAutoConfiguration")
@ConditionalOnBean(UploadLimit.class)
public class PlatformUploadConfiguration {

    static final long FORM_ROOM = 1024 * 1024;
    /** Parts up to this size stay in memory; larger ones are buffered on disk while they arrive. */
    private static final int IN_MEMORY = 256 * 1024;

    @Bean
    MultipartConfigElement multipartConfigElement(UploadLimit limit) {
        return new MultipartConfigElement(null, -1, largestRequest(limit), IN_MEMORY);
    }

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> drainRefusedUploads(UploadLimit limit) {
        return new DrainRefusedUploads(2 * largestRequest(limit));
    }

    private static long largestRequest(UploadLimit limit) {
        return limit.maxBytes() + FORM_ROOM;
    }

    /**
     * When Tomcat refuses an upload it answers at once, and then reads and discards the rest of the
     * body only up to its swallow limit (2 MB by default); past that it closes the connection while
     * the client is still sending, and the client (a browser above all) sees a reset instead of the
     * 413. Uploads up to twice the largest accepted request are drained so that their senders read
     * the problem. Runs after Spring Boot's own customizer, and never lowers a larger configured limit.
     */
    static final class DrainRefusedUploads
            implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

        private final int drain;

        DrainRefusedUploads(long drain) {
            this.drain = (int) Math.min(Integer.MAX_VALUE, drain);
        }

        @Override
        public void customize(ConfigurableTomcatWebServerFactory factory) {
            factory.addConnectorCustomizers(connector -> {
                if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http
                        && http.getMaxSwallowSize() >= 0 && http.getMaxSwallowSize() < drain) {
                    http.setMaxSwallowSize(drain);
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
