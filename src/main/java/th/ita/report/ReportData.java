package th.ita.report;

import th.ita.assessment.Assessment;
import th.ita.assessment.Framework;
import th.ita.decision.DecisionRecord;
import th.ita.evidence.Evidence;
import th.ita.measure.PartOutcome;
import th.ita.oit.OitBoard;
import th.ita.organisation.Organisation;
import th.ita.plan.Plan;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the year-end report shows, read from the services at one moment: the plan, the results of the
 * year before, division names, each division's outcome per measure, the evidence per measure process and the
 * decisions recorded on it (oldest first), the OIT board of the plan's year and that year's framework (both empty
 * when the year has no framework), the organisation's emblem for the cover (null without one) and who signs.
 */
record ReportData(Plan plan, Organisation organisation, Optional<Assessment> assessment,
                  Map<String, String> divisionNames, Map<String, String> people,
                  Map<Long, List<PartOutcome>> outcomesByMeasure,
                  Map<Long, List<Evidence>> evidenceByMeasure, Map<Long, List<DecisionRecord>> decisionsByMeasure,
                  Optional<OitBoard> oit, Optional<Framework> framework, OffsetDateTime generatedAt,
                  ReportDocument.Emblem emblem, ReportSigner signer) {

    /** The outcome of one division's part of a measure; OPEN when the process has recorded none yet. */
    PartOutcome.Outcome outcome(long measureId, String divisionCode) {
        return outcomes(measureId).stream()
                .filter(o -> o.divisionCode().equals(divisionCode))
                .map(PartOutcome::outcome)
                .findFirst().orElse(PartOutcome.Outcome.OPEN);
    }

    /** A person as the report names them, "ชื่อ นามสกุล (ตำแหน่ง)"; the id only for an account that is gone. */
    String person(String userId) {
        return people.getOrDefault(userId, userId);
    }

    List<PartOutcome> outcomes(long measureId) {
        return outcomesByMeasure.getOrDefault(measureId, List.of());
    }

    List<Evidence> evidence(long measureId) {
        return evidenceByMeasure.getOrDefault(measureId, List.of());
    }

    List<DecisionRecord> decisions(long measureId) {
        return decisionsByMeasure.getOrDefault(measureId, List.of());
    }

    String divisionName(String code) {
        return divisionNames.getOrDefault(code, code);
    }
}
