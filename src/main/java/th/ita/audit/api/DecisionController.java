package th.ita.audit.api;

import jakarta.annotation.security.PermitAll;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import th.ita.api.ApiProblemException;
import th.ita.audit.MeasureHistoryService;
import th.ita.decision.ChainStatus;
import th.ita.decision.CoveredEvidence;
import th.ita.decision.DecisionRecord;
import th.ita.decision.Decisions;
import th.ita.security.CurrentUser;
import th.ita.security.CurrentUserProvider;

import java.time.Instant;
import java.util.List;

/**
 * A measure's decision records and the result of checking their hash chain, for auditors: everything needed to
 * recompute each row hash. Read-only, and readable like the measure's history page: by the measure's organisation
 * (and its province's auditors).
 */
@RestController
@PermitAll
public class DecisionController {

    private final Decisions decisions;
    private final MeasureHistoryService history;
    private final CurrentUserProvider users;

    public DecisionController(Decisions decisions, MeasureHistoryService history, CurrentUserProvider users) {
        this.decisions = decisions;
        this.history = history;
        this.users = users;
    }

    @GetMapping("/api/measures/{processInstanceId}/decisions")
    public MeasureDecisions decisions(@PathVariable String processInstanceId) {
        // Another organisation's measure is 404 like a missing one, so that ids cannot be probed.
        CurrentUser reader = users.require();
        if (!history.isMeasure(processInstanceId, reader)) {
            throw new ApiProblemException(HttpStatus.NOT_FOUND, "decisions.error.notFound", processInstanceId);
        }
        List<DecisionRecord> records = decisions.of(processInstanceId, reader);
        return new MeasureDecisions(processInstanceId, Chain.of(decisions.verify(records)),
                records.stream().map(Row::of).toList());
    }

    public record MeasureDecisions(String processInstanceId, Chain chain, List<Row> records) {
    }

    /** {@code intact}, or the first broken row and why (HASH_MISMATCH, PREV_HASH_MISMATCH, GAP_IN_SEQ). */
    public record Chain(boolean intact, int records, Integer brokenAtSeq, ChainStatus.Problem problem) {
        static Chain of(ChainStatus status) {
            return new Chain(status.isIntact(), status.records(), status.brokenAtSeq(), status.problem());
        }
    }

    /**
     * A record as stored: {@code evidenceText} is the exact text hashed, {@code evidence} the same items parsed;
     * {@code actingFor} the person whose role ({@code role}) the decider held by acting for them, else null.
     */
    public record Row(int seq, String id, String taskId, String step, String decidedBy, String role, String division,
                      Instant decidedAt, String decision, String reason, List<CoveredEvidence> evidence,
                      String evidenceText, String prevHash, String rowHash, String actingFor) {
        static Row of(DecisionRecord r) {
            return new Row(r.seq(), r.id().toString(), r.taskId(), r.step(), r.decidedBy(), r.role(), r.division(),
                    r.decidedAt(), r.decision(), r.reason(), r.evidenceItems(), r.evidence(), r.prevHash(), r.rowHash(),
                    r.actingFor());
        }
    }
}
