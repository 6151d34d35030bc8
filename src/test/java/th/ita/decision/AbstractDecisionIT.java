package th.ita.decision;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import th.ita.measure.MeasureService;
import th.ita.support.MeasureSteps;
import th.ita.support.TestUsers;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Decision records on a real database: a measure walked to the executive's approval writes three rows that read
 * back exactly as hashed (times, text, evidence JSON); a row changed or deleted behind the application's back is
 * named; a second writer of the same seq fails. Subclasses choose the database.
 */
abstract class AbstractDecisionIT {

    @Autowired MeasureService measureService;
    @Autowired MeasureSteps steps;
    @Autowired DecisionChain chain;
    @Autowired Decisions decisions;
    @Autowired DecisionRepository repository;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestUsers users;

    String pi;

    @BeforeEach
    void measureApproved() {
        pi = measureService.start("มาตรการห่วงโซ่ " + UUID.randomUUID(), List.of("finance"), users.user("coordinator"));
        steps.accept(pi, "finance");
        steps.checkComplete(pi);
        steps.approve(pi);
    }

    @Test
    void rowsReadBackAsTheyWereHashed_theChainIsIntact() {
        assertThat(chain.verify(pi)).isEqualTo(ChainStatus.intact(3));
        List<DecisionRecord> records = decisions.of(pi);
        assertThat(records).extracting(DecisionRecord::decidedBy).containsExactly("finance.head", "coordinator", "mayor");
        assertThat(records).allSatisfy(r -> assertThat(DecisionHash.of(r)).isEqualTo(r.rowHash()));
        assertThat(records.get(2).evidenceItems()).singleElement()
                .satisfies(e -> assertThat(e.sha256()).hasSize(64).isEqualTo(records.get(0).evidenceItems().get(0).sha256()));
        assertThat(decisions.latestOf(pi, "Task_HeadReview")).contains(records.get(0));
        assertThat(decisions.latest(pi)).contains(records.get(2));
    }

    @Test
    void aReasonChangedInTheDatabase_isNamedAtItsRow() {
        jdbc.update("update decision_record set reason = 'x' where process_instance_id = ? and seq = 2", pi);

        assertThat(chain.verify(pi)).isEqualTo(ChainStatus.broken(3, 2, ChainStatus.Problem.HASH_MISMATCH));
    }

    @Test
    void aMiddleRowDeletedInTheDatabase_isNamedAsTheGap() {
        jdbc.update("delete from decision_record where process_instance_id = ? and seq = 2", pi);

        assertThat(chain.verify(pi)).isEqualTo(ChainStatus.broken(2, 2, ChainStatus.Problem.GAP_IN_SEQ));
    }

    @Test
    void aSecondWriterOfTheSameSeq_fails() {
        DecisionRecord last = decisions.latest(pi).orElseThrow();
        DecisionRecord fork = new DecisionRecord(UUID.randomUUID(), pi, "other-task", last.step(), last.seq(),
                "someone", last.role(), null, last.decidedAt(), "APPROVE", null, "[]", last.prevHash(), last.rowHash());

        assertThatThrownBy(() -> repository.insert(fork)).isInstanceOf(DuplicateKeyException.class);
        assertThat(chain.verify(pi).isIntact()).isTrue();
    }
}
