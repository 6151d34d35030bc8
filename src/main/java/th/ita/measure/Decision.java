package th.ita.measure;

/**
 * What a reviewer decides. Heads {@link #ACCEPT} or {@link #RETURN}; executives {@link #APPROVE} or
 * {@link #RETURN}. The names are the values the BPMN gateways compare against.
 */
public enum Decision {
    ACCEPT, APPROVE, RETURN;

    public boolean isReturn() {
        return this == RETURN;
    }
}
