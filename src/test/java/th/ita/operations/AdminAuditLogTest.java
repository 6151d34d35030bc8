package th.ita.operations;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An audit event is written once its transaction commits, and never for one rolled back. */
@ExtendWith(OutputCaptureExtension.class)
class AdminAuditLogTest {

    final AdminAuditLog audit = new AdminAuditLog();

    @AfterEach
    void noTransactionLeft() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void inATransaction_theEventWaitsForTheCommit(CapturedOutput output) {
        TransactionSynchronizationManager.initSynchronization();
        audit.record("framework.saved", "platform.admin", Map.of("fiscalYear", "2569", "version", 2));
        assertThat(output.getAll()).doesNotContain("framework.saved");

        List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationUtils.invokeAfterCommit(synchronizations);

        assertThat(output.getAll()).contains("framework.saved by platform.admin: fiscalYear=2569, version=2");
    }

    @Test
    void aRolledBackAction_isNoEvent(CapturedOutput output) {
        TransactionSynchronizationManager.initSynchronization();
        audit.record("organisation.onboarded", "platform.admin", Map.of("organisation", 7));

        TransactionSynchronizationUtils.invokeAfterCompletion(TransactionSynchronizationManager.getSynchronizations(),
                TransactionSynchronization.STATUS_ROLLED_BACK);

        assertThat(output.getAll()).doesNotContain("organisation.onboarded");
    }

    @Test
    void withoutATransaction_theEventIsWrittenAtOnce(CapturedOutput output) {
        audit.record("person.disabled", "bantan.admin", Map.of("organisation", 1, "person", "finance.officer"));

        assertThat(output.getAll()).contains("person.disabled by bantan.admin: organisation=1, person=finance.officer");
    }
}
