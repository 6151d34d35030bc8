package th.ita.report;

import org.junit.jupiter.api.Test;
import th.ita.people.People;
import th.ita.people.PersonName;
import th.ita.plan.Plan;
import th.ita.plan.PlanStatus;
import th.ita.security.ActingGroups;
import th.ita.security.ActingGroups.ActingFor;
import th.ita.workflow.Groups;
import th.ita.shared.FiscalYear;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Who the signature block names: the signer, and whom they stood in for when they signed as acting executive. */
class ReportSignersTest {

    private static final OffsetDateTime SIGNED_AT = OffsetDateTime.parse("2027-09-20T10:00:00+07:00");
    private static final Plan PLAN = new Plan(7, 3, "เทศบาลตำบลบ้านตาล", FiscalYear.of(2570), null, PlanStatus.APPROVED,
            "mayor", SIGNED_AT.minusMonths(10), Map.of(), List.of(), List.of());

    private final ReportRepository repository = mock(ReportRepository.class);
    private final People people = mock(People.class);
    private final ActingGroups acting = mock(ActingGroups.class);
    private final ReportSigners signers = new ReportSigners(repository, people, acting);

    @Test
    void aDeputyWhoSignedWhileActingForTheMayor_signsOnTheMayorsBehalf() {
        signedOffBy("deputy");
        when(people.name("deputy")).thenReturn(new PersonName("deputy", "สมชาย ใจดี", "รองนายกเทศมนตรี"));
        when(people.name("mayor")).thenReturn(new PersonName("mayor", "สมศรี มีสุข", "นายกเทศมนตรีตำบลบ้านตาล"));
        when(acting.actingInAt(Groups.EXECUTIVE, "deputy", 3, SIGNED_AT))
                .thenReturn(Optional.of(new ActingFor(1, Groups.EXECUTIVE, "mayor")));

        assertThat(signers.of(PLAN)).isEqualTo(
                new ReportSigner("สมชาย ใจดี", "รองนายกเทศมนตรี", "นายกเทศมนตรีตำบลบ้านตาล"));
    }

    @Test
    void theMayorSigningInOwnRight_hasNoActingLine() {
        signedOffBy("mayor");
        when(people.name("mayor")).thenReturn(new PersonName("mayor", "สมศรี มีสุข", "นายกเทศมนตรีตำบลบ้านตาล"));
        when(acting.actingInAt(Groups.EXECUTIVE, "mayor", 3, SIGNED_AT)).thenReturn(Optional.empty());

        assertThat(signers.of(PLAN)).isEqualTo(ReportSigner.signed("สมศรี มีสุข", "นายกเทศมนตรีตำบลบ้านตาล"));
    }

    @Test
    void beforeTheSignOff_onlyTheApproversPositionIsKnown() {
        when(repository.versions(7)).thenReturn(List.of(
                new StoredReport(7, 1, "a", "b", "coordinator", SIGNED_AT.minusDays(1), null, null)));
        when(people.position("mayor")).thenReturn(Optional.of("นายกเทศมนตรีตำบลบ้านตาล"));

        assertThat(signers.of(PLAN)).isEqualTo(ReportSigner.pending("นายกเทศมนตรีตำบลบ้านตาล"));
    }

    private void signedOffBy(String who) {
        when(repository.versions(7)).thenReturn(List.of(
                new StoredReport(7, 1, "a", "b", "coordinator", SIGNED_AT.minusDays(1), who, SIGNED_AT)));
    }
}
