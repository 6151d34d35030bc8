package th.ita.decision;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The chain check on records built in memory: each way of tampering is named at the first row it breaks. */
class DecisionChainTest {

    @Test
    void recordsChainedFromTheGenesis_areIntact() {
        assertThat(DecisionChain.check(chain(3))).isEqualTo(ChainStatus.intact(3));
        assertThat(DecisionChain.check(List.of()).isIntact()).isTrue();
    }

    @Test
    void aChangedField_breaksThatRowsHash() {
        List<DecisionRecord> chain = chain(3);
        DecisionRecord second = chain.get(1);
        chain.set(1, new DecisionRecord(second.id(), second.processInstanceId(), second.taskId(), second.step(),
                second.seq(), second.decidedBy(), second.role(), second.division(), second.decidedAt(),
                second.decision(), "x", second.evidence(), second.prevHash(), second.rowHash()));

        assertThat(DecisionChain.check(chain)).isEqualTo(ChainStatus.broken(3, 2, ChainStatus.Problem.HASH_MISMATCH));
    }

    @Test
    void aRowRewrittenWithAFreshHash_breaksTheNextRowsLink() {
        List<DecisionRecord> chain = chain(3);
        DecisionRecord second = chain.get(1);
        DecisionRecord forged = record(second.seq(), second.prevHash(), "APPROVE", "forged");
        chain.set(1, forged);

        assertThat(DecisionChain.check(chain)).isEqualTo(ChainStatus.broken(3, 3, ChainStatus.Problem.PREV_HASH_MISMATCH));
    }

    @Test
    void aDeletedRow_isNamedAsTheGap() {
        List<DecisionRecord> chain = chain(4);
        chain.remove(1);

        assertThat(DecisionChain.check(chain)).isEqualTo(ChainStatus.broken(3, 2, ChainStatus.Problem.GAP_IN_SEQ));
    }

    @Test
    void theCanonicalFormCannotBeImitatedByAValue() {
        DecisionRecord plain = record(1, DecisionHash.GENESIS, "RETURN", "a");
        String canonical = DecisionHash.canonical(plain);
        assertThat(canonical).contains("reason:1:a\n", "division:-\n", "seq:1:1\n");
        DecisionRecord smuggled = record(1, DecisionHash.GENESIS, "RETURN", "a\nevidence:2:[]");
        assertThat(DecisionHash.of(smuggled)).isNotEqualTo(DecisionHash.of(plain)).hasSize(64);
    }

    private static List<DecisionRecord> chain(int length) {
        List<DecisionRecord> chain = new ArrayList<>();
        String previous = DecisionHash.GENESIS;
        for (int seq = 1; seq <= length; seq++) {
            DecisionRecord record = record(seq, previous, "ACCEPT", "เหตุผล " + seq);
            chain.add(record);
            previous = record.rowHash();
        }
        return chain;
    }

    private static DecisionRecord record(int seq, String prevHash, String decision, String reason) {
        String evidence = EvidenceJson.write(List.of(new CoveredEvidence(UUID.randomUUID().toString(),
                CoveredEvidence.FILE, "รายงาน.pdf", "a".repeat(64))));
        DecisionRecord unhashed = new DecisionRecord(UUID.randomUUID(), "pi-1", "task-" + seq, "Task_HeadReview", seq,
                "finance.head", "head-finance", null, Instant.parse("2024-08-15T03:00:00.123Z"), decision, reason,
                evidence, prevHash, null);
        return new DecisionRecord(unhashed.id(), unhashed.processInstanceId(), unhashed.taskId(), unhashed.step(),
                unhashed.seq(), unhashed.decidedBy(), unhashed.role(), unhashed.division(), unhashed.decidedAt(),
                unhashed.decision(), unhashed.reason(), unhashed.evidence(), unhashed.prevHash(), DecisionHash.of(unhashed));
    }
}
