package th.ita.audit;

/**
 * Whose history an audit page shows: every started measure of one plan, or one measure's process. Made by
 * {@link MeasureHistoryService#planScope} and {@link MeasureHistoryService#measureScope} after they checked the
 * user may read it, or by a page that has just read the plan through a check of its own.
 */
public sealed interface AuditScope {

    /** The measures of a plan; entries carry "seq. measure text". */
    record OfPlan(long planId) implements AuditScope {
    }

    /** One measure's process, of that organisation; entries carry its title (null if it has none). */
    record OfMeasure(String processInstanceId, String title, Long organisationId) implements AuditScope {
    }
}
