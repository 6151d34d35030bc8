package th.ita.evidence;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import th.ita.shared.UserInputException;
import th.ita.support.TestPdf;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvidenceServiceTest {

    private final EvidenceService service = new EvidenceService(null, new EvidenceProperties(DataSize.ofKilobytes(1)),
            Clock.systemUTC());

    @Test
    void pdfIsRecognisedFromItsBytes() {
        assertThat(service.checkAcceptable(new EvidenceFile("report.pdf", TestPdf.minimal("x")))).isEqualTo("application/pdf");
    }

    @Test
    void fileOverTheLimit_isRejectedWithTheLimitInTheMessage() {
        byte[] large = new byte[2048];
        System.arraycopy(TestPdf.minimal("x"), 0, large, 0, 100);
        assertThatThrownBy(() -> service.checkAcceptable(new EvidenceFile("big.pdf", large)))
                .isInstanceOfSatisfying(UserInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("evidence.error.tooLarge");
                    assertThat(e.arguments()).containsExactly("big.pdf", 0L);
                });
    }

    @Test
    void executableRenamedToPdf_isRejected() {
        byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        assertThatThrownBy(() -> service.checkAcceptable(new EvidenceFile("harmless.pdf", elf)))
                .isInstanceOfSatisfying(UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("evidence.error.type"));
    }

    @Test
    void emptyFile_isRejected() {
        assertThatThrownBy(() -> service.checkAcceptable(new EvidenceFile("empty.pdf", new byte[0])))
                .isInstanceOfSatisfying(UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("evidence.error.empty"));
    }

    @Test
    void sha256IsTheStandardHexDigest() {
        assertThat(EvidenceService.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
