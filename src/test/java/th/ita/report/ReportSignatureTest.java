package th.ita.report;

import org.junit.jupiter.api.Test;
import th.ita.plan.Plan;
import th.ita.plan.PlanStatus;
import th.ita.shared.FiscalYear;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The signature block as the content lays it out, with message keys for texts: where it stands and what it says. */
class ReportSignatureTest {

    private static final Plan PLAN = new Plan(1, 1, "เทศบาลตำบลบ้านตาล", FiscalYear.of(2567), null, PlanStatus.APPROVED,
            null, null, Map.of(), List.of(), List.of());

    @Test
    void aDeputySigningForTheMayor_getsTheActingLineUnderTheirPosition() {
        ReportSigner deputy = ReportSigner.signed("สมชาย ใจดี", "รองนายกเทศมนตรี").actingFor("นายกเทศมนตรีตำบลบ้านตาล");

        assertThat(signature(deputy)).containsExactly("report.signature.sign[]", "report.signature.name[สมชาย ใจดี]",
                "report.signature.position[รองนายกเทศมนตรี]", "report.signature.acting[นายกเทศมนตรีตำบลบ้านตาล]");
    }

    @Test
    void beforeTheSignOff_theNameIsLeftDotted_underTheExecutivesPosition() {
        assertThat(signature(ReportSigner.pending("นายกเทศมนตรี"))).containsExactly("report.signature.sign[]",
                "report.signature.nameBlank[]", "report.signature.position[นายกเทศมนตรี]");
        assertThat(signature(ReportSigner.UNKNOWN)).contains("report.signature.positionBlank[]");
        assertThat(ReportSigner.pending("นายก").actingFor(" ").actingFor()).isNull();
    }

    @Test
    void theBlockEndsTheBody_beforeTheAppendices() {
        List<ReportDocument.Block> blocks = document(ReportSigner.UNKNOWN).blocks();
        int signature = blocks.indexOf(blocks.stream().filter(b -> b instanceof ReportDocument.Signature).findFirst().orElseThrow());
        int appendix = blocks.indexOf(blocks.stream().filter(b -> b instanceof ReportDocument.Heading h
                && h.text().startsWith("report.appendix.heading")).findFirst().orElseThrow());
        assertThat(signature).isLessThan(appendix);
        assertThat(blocks.get(0)).isInstanceOf(ReportDocument.Cover.class);
    }

    private static List<String> signature(ReportSigner signer) {
        return document(signer).blocks().stream().filter(b -> b instanceof ReportDocument.Signature)
                .map(b -> ((ReportDocument.Signature) b).lines()).findFirst().orElseThrow();
    }

    private static ReportDocument document(ReportSigner signer) {
        ReportData data = new ReportData(PLAN, null, Optional.empty(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
                Optional.empty(), Optional.empty(), OffsetDateTime.of(2024, 10, 1, 0, 0, 0, 0, ZoneOffset.UTC), null, signer);
        return ReportContent.build(data, (key, arguments) -> key + Arrays.toString(arguments),
                ReportOptions.THAI_DIGITS);
    }
}
