package th.ita.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The application's own gauges, beside what Spring Boot and Micrometer measure already (request latency as
 * {@code http_server_requests_seconds}, the JVM, the connection pool). Read at most every {@link #FRESH_FOR}, however
 * often Prometheus scrapes or however many series are asked for at once: each reading is a handful of counts.
 * <p>
 * Totals only, no organisation tag: a province hosts hundreds of organisations, and a series per organisation and
 * state would grow without bound; the dashboard of the app shows each organisation's own.
 */
@Component
class OperationsMetrics implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(OperationsMetrics.class);
    static final Duration FRESH_FOR = Duration.ofSeconds(30);
    /** The states a link check is in; one series each, present even when zero. */
    static final List<String> LINK_STATES = List.of("NOT_YET", "ALIVE", "HTTP_ERROR", "TIMEOUT", "UNREACHABLE",
            "OFF_DOMAIN", "REFUSED", "CHANGED");
    static final List<String> OUTBOX_STATES = List.of("PENDING", "RETRYING", "FAILED");

    private final OperationsReadModel figures;
    private volatile OperationsReadModel.Snapshot last;
    private volatile long readAt;

    OperationsMetrics(OperationsReadModel figures) {
        this.figures = figures;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "ita.tasks.open", "Open user tasks of all organisations", OperationsReadModel.Snapshot::openTasks);
        gauge(registry, "ita.tasks.overdue", "Open user tasks past their due date", OperationsReadModel.Snapshot::overdueTasks);
        gauge(registry, "ita.jobs.executable", "Engine jobs due and waiting for the job executor (its backlog)",
                OperationsReadModel.Snapshot::executableJobs);
        gauge(registry, "ita.jobs.failed", "Engine jobs that failed and have no retries left",
                OperationsReadModel.Snapshot::failedJobs);
        gauge(registry, "ita.incidents.open", "Open engine incidents", OperationsReadModel.Snapshot::openIncidents);
        for (String state : LINK_STATES) {
            Gauge.builder("ita.link.checks", this, m -> m.value(snap -> snap.linkChecks().getOrDefault(state, 0L)))
                    .description("Website addresses under live check, by the state of their last check")
                    .tag("state", state).register(registry);
        }
        for (String state : OUTBOX_STATES) {
            Gauge.builder("ita.line.outbox", this, m -> m.value(snap -> snap.lineOutbox().getOrDefault(state, 0L)))
                    .description("LINE messages not yet delivered, by state").tag("state", state).register(registry);
        }
    }

    private void gauge(MeterRegistry registry, String name, String description,
                       ToDoubleFunction<OperationsReadModel.Snapshot> value) {
        Gauge.builder(name, this, m -> m.value(value)).description(description).register(registry);
    }

    /** NaN, Prometheus' "unknown", until a first reading has succeeded. */
    private double value(ToDoubleFunction<OperationsReadModel.Snapshot> value) {
        OperationsReadModel.Snapshot snapshot = snapshot();
        return snapshot == null ? Double.NaN : value.applyAsDouble(snapshot);
    }

    /** The last reading while fresh; a failed reading (the database away) keeps the previous one and says so in the log. */
    synchronized OperationsReadModel.Snapshot snapshot() {
        long now = System.nanoTime();
        if (last == null || now - readAt > FRESH_FOR.toNanos()) {
            try {
                last = figures.read();
                readAt = now;
            } catch (RuntimeException e) {
                // Kept as it was (null before any reading); the next scrape after FRESH_FOR tries again.
                log.warn("Could not read the operations figures: {}", e.toString());
                readAt = now;
            }
        }
        return last;
    }
}
