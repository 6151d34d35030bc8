package th.ita.evidence;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import th.ita.outbound.TestPolicies;
import th.ita.shared.UserInputException;
import th.ita.support.TestPdf;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvidenceServiceTest {

    private final EvidenceService service = new EvidenceService(null, new EvidenceProperties(DataSize.ofKilobytes(1)),
            processInstanceId -> java.util.Optional.empty(), Clock.systemUTC(), TestPolicies.publicOnly());

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
    void linkOnTheOrganisationsWebsiteOrASubdomainIsAccepted() {
        var domain = java.util.Optional.of("bantan.go.th");
        assertThat(service.checkLink("https://www.bantan.go.th/oit/o42", domain).getHost()).isEqualTo("www.bantan.go.th");
        assertThat(service.checkLink(" http://bantan.go.th/ ", domain).getHost()).isEqualTo("bantan.go.th");
    }

    @Test
    void linkElsewhereOrNotAWebAddress_isRejectedNamingTheExpectedHost() {
        var domain = java.util.Optional.of("bantan.go.th");
        assertThatThrownBy(() -> service.checkLink("https://facebook.com/bantan", domain))
                .isInstanceOfSatisfying(UserInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("evidence.error.urlDomain");
                    assertThat(e.arguments()).containsExactly("facebook.com", "bantan.go.th");
                });
        assertThatThrownBy(() -> service.checkLink("https://notbantan.go.th/x", domain))
                .isInstanceOf(UserInputException.class);
        assertThatThrownBy(() -> service.checkLink("ftp://bantan.go.th/x", domain))
                .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(e.messageKey()).isEqualTo("evidence.error.url"));
        assertThatThrownBy(() -> service.checkLink("เว็บไซต์เทศบาล", java.util.Optional.empty()))
                .isInstanceOf(UserInputException.class);
    }

    @Test
    void sha256IsTheStandardHexDigest() {
        assertThat(EvidenceService.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void fileNameLongerThanItsColumn_isRefusedWithAMessage_notADatabaseError() {
        String name = "ก".repeat(EvidenceService.MAX_FILE_NAME_LENGTH - 4) + ".pdf";
        assertThat(service.checkAcceptable(new EvidenceFile(name, TestPdf.minimal("x")))).isEqualTo("application/pdf");
        assertThatThrownBy(() -> service.checkAcceptable(new EvidenceFile("ก" + name, TestPdf.minimal("x"))))
                .isInstanceOfSatisfying(UserInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("evidence.error.nameTooLong");
                    assertThat(e.arguments()).endsWith("255");
                });
    }

    @Test
    void linkLongerThanItsColumn_isRefusedWithAMessage() {
        String base = "https://bantan.go.th/";
        String longest = base + "a".repeat(EvidenceService.MAX_LINK_LENGTH - base.length());
        assertThat(service.checkLink(longest, java.util.Optional.empty()).toString()).hasSize(2000);
        assertThatThrownBy(() -> service.checkLink(longest + "a", java.util.Optional.empty()))
                .isInstanceOfSatisfying(UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("evidence.error.linkTooLong"));
    }
}
