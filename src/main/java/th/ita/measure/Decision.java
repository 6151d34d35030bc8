package th.ita.measure;

/**
 * What a reviewer decides. The names are the values the BPMN gateways compare against.
 * Heads {@link #ACCEPT} or {@link #RETURN} to the officer; the ITA coordinator finds the measure
 * {@link #COMPLETE} or sends one division's part back ({@link #SEND_BACK}); executives {@link #APPROVE},
 * {@link #RETURN} to named divisions, or {@link #RETURN_TO_COORDINATOR}.
 */
public enum Decision {
    ACCEPT, APPROVE, RETURN, COMPLETE, SEND_BACK, RETURN_TO_COORDINATOR;

    /** Every decision that sends work back needs a reason. */
    public boolean isReturn() {
        return this == RETURN || this == SEND_BACK || this == RETURN_TO_COORDINATOR;
    }

    /** The decision of that name, or null for a value no form offers. */
    public static Decision valueOfOrNull(String name) {
        for (Decision decision : values()) {
            if (decision.name().equals(name)) {
                return decision;
            }
        }
        return null;
    }
}
