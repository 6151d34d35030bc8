package th.ita.workflow;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import java.time.Instant;
import java.util.concurrent.Callable;

/** What a listener or delegate needs of the engine command it runs in, beyond the public delegate API. */
public final class EngineCommands {

    private EngineCommands() {
    }

    /**
     * Runs a read inside the current engine command with the engine's authorization check off, e.g. another user's
     * groups, which the acting user may not read but a rule needs whoever asks. Only inside a command (a listener,
     * a delegate).
     */
    public static <T> T withoutAuthorization(Callable<T> read) {
        return Context.getCommandContext().runWithoutAuthorization(read);
    }

    /** The engine's time: the wall clock, or the time a process test has set. */
    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
