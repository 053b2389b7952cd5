package vn.coop.sangtao.initiatives.attachment.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.coop.sangtao.initiatives.attachment.AttachmentProperties;
import vn.coop.sangtao.platform.file.UploadLimit;

/**
 * The attachment limit as the platform's upload limit: the servlet container's multipart limits
 * follow it, and a request it cuts off answers 413 attachment-too-large naming the limit
 * ({@code PlatformUploadConfiguration}). Attachments are this service's only uploads.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AttachmentProperties.class)
class AttachmentUploads {

    @Bean
    UploadLimit attachmentUploadLimit(AttachmentProperties limits) {
        return limits.uploadLimit();
    }
}
