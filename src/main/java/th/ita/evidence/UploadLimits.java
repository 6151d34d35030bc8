package th.ita.evidence;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The servlet container's multipart limits, taken from {@code ita.evidence.max-file-size} so the two cannot
 * disagree: Tomcat stops reading a part at the evidence limit (Vaadin's servlet uses this configuration, and so
 * would any future upload under /api), and a request at that plus room for the multipart framing. Replaces
 * Spring Boot's default of 1 MB, which would refuse legitimate evidence.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {

    /** Headers and boundaries around the one file of an upload request. */
    static final DataSize FRAMING = DataSize.ofKilobytes(64);

    @Bean
    MultipartConfigElement multipartConfigElement(EvidenceProperties properties) {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(properties.maxFileSize());
        factory.setMaxRequestSize(DataSize.ofBytes(properties.maxFileSize().toBytes() + FRAMING.toBytes()));
        return factory.createMultipartConfig();
    }
}
