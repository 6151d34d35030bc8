package th.ita.report;

import org.springframework.stereotype.Component;
import th.ita.people.People;
import th.ita.people.PersonName;
import th.ita.plan.Plan;
import th.ita.security.ActingGroups;
import th.ita.workflow.Groups;

import java.util.Optional;

/**
 * Who signs a plan's year-end report: the executive who signed a version of it off, by name and position, with
 * "ปฏิบัติราชการแทน …" (the position of the executive they stood in for) when they signed it while acting for the
 * executive under an appointment; before any sign-off, the position of the executive who approved the plan, the name
 * left for the signer to write.
 */
@Component
class ReportSigners {

    private final ReportRepository repository;
    private final People people;
    private final ActingGroups acting;

    ReportSigners(ReportRepository repository, People people, ActingGroups acting) {
        this.repository = repository;
        this.people = people;
        this.acting = acting;
    }

    ReportSigner of(Plan plan) {
        Optional<StoredReport> signed = repository.versions(plan.id()).stream().filter(StoredReport::isSignedOff)
                .findFirst();
        if (signed.isPresent()) {
            StoredReport report = signed.get();
            PersonName name = people.name(report.signedOffBy());
            ReportSigner signer = ReportSigner.signed(name.displayName(), name.position());
            return acting.actingInAt(Groups.EXECUTIVE, report.signedOffBy(), plan.organisationId(), report.signedOffAt())
                    .map(appointment -> signer.actingFor(people.name(appointment.actedForUserId()).position()))
                    .orElse(signer);
        }
        return plan.approvedBy() == null ? ReportSigner.UNKNOWN
                : ReportSigner.pending(people.position(plan.approvedBy()).orElse(null));
    }
}
