package vn.coop.sangtao.awards.paper.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.coop.sangtao.awards.paper.PaperProperties;
import vn.coop.sangtao.platform.file.UploadLimit;

/**
 * The paper limit as the platform's upload limit: the servlet container's multipart limits follow
 * it, and a request it cuts off answers 413 attachment-too-large naming the limit. Papers are this
 * service's only uploads.
 */
@Configuration(proxyBeanMethods = false)
class PaperUploads {

    @Bean
    UploadLimit paperUploadLimit(PaperProperties limits) {
        return limits.uploadLimit();
    }
}
