package th.ita.plan;

/**
 * A plan is edited while {@link #DRAFT}; once {@link #APPROVED} it is frozen and its measures run. A {@link #HISTORY}
 * plan is a past year recorded with its outcomes (a new customer's earlier years): frozen, and it never ran a process.
 */
public enum PlanStatus {
    DRAFT, APPROVED, HISTORY
}
