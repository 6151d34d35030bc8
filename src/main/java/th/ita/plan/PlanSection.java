package th.ita.plan;

import java.util.List;

/**
 * One of the report's tables: an instrument (IIT, EIT, OIT) with what the assessment found, its weaknesses
 * and the approaches to them (two separate numbered lists), and the ids of the measures it lists.
 */
public record PlanSection(long id, String instrument, String finding, List<String> weaknesses,
                          List<String> approaches, List<Long> measureIds) {
}
