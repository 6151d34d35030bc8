package th.ita.decision;

/**
 * The result of checking a process instance's decision chain: intact, or the first row that breaks it and why.
 * For a {@link Problem#GAP_IN_SEQ} the row named is the missing one.
 */
public record ChainStatus(int records, Integer brokenAtSeq, Problem problem) {

    public enum Problem {
        /** The row's fields no longer give its stored hash: it was changed. */
        HASH_MISMATCH,
        /** The row does not point at the stored hash of the row before it: that row was changed or replaced. */
        PREV_HASH_MISMATCH,
        /** A row is missing: it was deleted. */
        GAP_IN_SEQ
    }

    static ChainStatus intact(int records) {
        return new ChainStatus(records, null, null);
    }

    static ChainStatus broken(int records, int seq, Problem problem) {
        return new ChainStatus(records, seq, problem);
    }

    public boolean isIntact() {
        return problem == null;
    }
}
