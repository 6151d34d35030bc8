package th.ita.evidence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** {@code ita.evidence.*}. */
@ConfigurationProperties("ita.evidence")
public record EvidenceProperties(DataSize maxFileSize) {

    public EvidenceProperties {
        if (maxFileSize == null) {
            maxFileSize = DataSize.ofMegabytes(20);
        }
    }
}
