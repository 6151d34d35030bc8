package th.ita.plan;

/** A plan is edited while {@link #DRAFT}; once {@link #APPROVED} it is frozen and its measures run. */
public enum PlanStatus {
    DRAFT, APPROVED
}
