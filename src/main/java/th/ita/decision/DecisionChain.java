package th.ita.decision;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Checks a process instance's decision records against their hash chain: numbered 1, 2, 3… without gaps, each
 * row's hash recomputed from its fields, each row pointing at the stored hash of the row before it. A deleted
 * last row leaves no gap; the engine's history (a completed approval task without a record) is the witness there.
 */
@Component
public class DecisionChain {

    private final DecisionRepository repository;

    DecisionChain(DecisionRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public ChainStatus verify(String processInstanceId) {
        return check(repository.chain(processInstanceId));
    }

    /** {@code chain} in seq order, as the repository reads it. */
    public static ChainStatus check(List<DecisionRecord> chain) {
        String previous = DecisionHash.GENESIS;
        int expected = 1;
        for (DecisionRecord record : chain) {
            if (record.seq() != expected) {
                return ChainStatus.broken(chain.size(), expected, ChainStatus.Problem.GAP_IN_SEQ);
            }
            if (!DecisionHash.of(record).equals(record.rowHash())) {
                return ChainStatus.broken(chain.size(), record.seq(), ChainStatus.Problem.HASH_MISMATCH);
            }
            if (!previous.equals(record.prevHash())) {
                return ChainStatus.broken(chain.size(), record.seq(), ChainStatus.Problem.PREV_HASH_MISMATCH);
            }
            previous = record.rowHash();
            expected++;
        }
        return ChainStatus.intact(chain.size());
    }
}
