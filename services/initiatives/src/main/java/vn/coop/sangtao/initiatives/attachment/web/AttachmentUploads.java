package vn.coop.sangtao.initiatives.attachment.web;

import jakarta.servlet.MultipartConfigElement;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import vn.coop.sangtao.initiatives.attachment.AttachmentProperties;

/**
 * Multipart limits that follow the attachment limit. The servlet container reads a request whole up
 * to the attachment limit plus {@link #FORM_ROOM} for the form's boundaries and headers, so that a
 * file just past the limit reaches the service and is refused with the limit named; a request larger
 * still is refused before it is read and answers the same problem ({@link AttachmentTooLargeAdvice}).
 * Spring Boot's own multipart defaults (1 MB a file) would refuse most scanned documents.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AttachmentProperties.class)
class AttachmentUploads {

    static final long FORM_ROOM = DataSize.ofMegabytes(1).toBytes();
    /** Parts up to this size stay in memory; larger ones are buffered on disk while they arrive. */
    private static final int IN_MEMORY = (int) DataSize.ofKilobytes(256).toBytes();

    @Bean
    MultipartConfigElement multipartConfigElement(AttachmentProperties limits) {
        return new MultipartConfigElement(null, -1, largestRequest(limits), IN_MEMORY);
    }

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> drainRefusedUploads(AttachmentProperties limits) {
        return new DrainRefusedUploads(2 * largestRequest(limits));
    }

    private static long largestRequest(AttachmentProperties limits) {
        return limits.maxBytes().toBytes() + FORM_ROOM;
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
