package th.ita.assessment;

import java.util.List;

/** The outcome of saving results: the assessment's id and warnings (e.g. grade and score disagree). */
public record SavedAssessment(long assessmentId, List<AssessmentWarning> warnings) {

    public SavedAssessment {
        warnings = List.copyOf(warnings);
    }
}
