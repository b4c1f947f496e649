package dev.abmbridge.app.runtime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.messaging.MessagingException;

import java.time.Clock;

/**
 * The end of the pollers' error channel: a run that failed as a whole (a source unreachable, the state store down,
 * a bug) becomes a dead letter of kind {@code RUN} in the state store's {@code abm_dead_letter}, keyed by the
 * connection, with the failure's reason, its attempts and when it was first and last seen. The connection's next
 * successful run clears it; an admin can discard it like any dead letter. Records refused by a destination are
 * the engine's own dead letters and never come here.
 */
public final class RunFailureRecorder {

    /** {@code record_kind} of run-level dead letters. */
    public static final String RUN_KIND = "RUN";

    private static final Logger log = LoggerFactory.getLogger(RunFailureRecorder.class);
    private static final int REASON_MAX = 2000;

    private final JdbcClient jdbc;
    private final Clock clock;

    public RunFailureRecorder(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Handles the payload of an error message from a connection's poller. */
    public void record(Throwable failure) {
        String connection = connectionOf(failure);
        Throwable cause = failure instanceof MessagingException && failure.getCause() != null ? failure.getCause() : failure;
        if (interruption(cause)) {
            log.info("{}: sync interrupted by shutdown; it runs again at its next tick", connection);
            return;
        }
        String reason = reason(cause);
        log.warn("{}: sync failed: {}", connection, reason);
        long now = clock.millis();
        int updated = jdbc.sql("UPDATE abm_dead_letter SET reason=?, attempts=attempts+1, last_seen=?"
                        + " WHERE system_name=? AND record_kind=? AND record_id=?")
                .params(reason, now, connection, RUN_KIND, connection).update();
        if (updated == 0) {
            // The unify key is empty: the engine re-evaluates no account for a failed run, it simply runs again.
            jdbc.sql("INSERT INTO abm_dead_letter (system_name, record_kind, record_id, unify_key, reason, attempts,"
                            + " first_seen, last_seen, discarded) VALUES (?,?,?,?,?,?,?,?,?)")
                    .params(connection, RUN_KIND, connection, "", reason, 1, now, now, false).update();
        }
    }

    /** A successful run of the connection ends its run-level dead letter. */
    public void cleared(String connection) {
        jdbc.sql("DELETE FROM abm_dead_letter WHERE system_name=? AND record_kind=? AND record_id=?")
                .params(connection, RUN_KIND, connection).update();
    }

    private static String connectionOf(Throwable failure) {
        if (failure instanceof MessagingException m && m.getFailedMessage() != null
                && m.getFailedMessage().getPayload() instanceof SyncRequest request) {
            return request.connection();
        }
        return "unknown";
    }

    private static boolean interruption(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof InterruptedException) {
                return true;
            }
        }
        return false;
    }

    private static String reason(Throwable cause) {
        String text = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return text.length() <= REASON_MAX ? text : text.substring(0, REASON_MAX);
    }
}
