/**
 * The scheduled runtime on Spring Integration (ARCHITECTURE.md, "Runtime choices" and "Growing past one machine"),
 * on in the profile {@code serve} (which sets {@code abm.runtime.enabled=true} and lifts the exclusion of the
 * database, Spring Integration and validation auto-configuration that keeps the one-shot commands quick).
 *
 * <ul>
 *   <li>{@link dev.abmbridge.app.runtime.ConnectionPollers}: one flow per configured connection, a cron poller whose
 *       error channel is {@code abm.syncErrors}; endpoints {@code abm.sync.<name>.poller} and {@code .run}.</li>
 *   <li>{@link dev.abmbridge.app.runtime.ConnectionSyncService}: a tick takes the connection's JDBC lock
 *       ({@code INT_LOCK}) without waiting, runs the {@link dev.abmbridge.app.runtime.SyncRunner}, renews the lock
 *       while the run lasts and releases it only once the run has ended. Another instance's tick meanwhile does
 *       nothing; if an instance dies, its lock expires after {@code abm.runtime.lock-ttl} and another takes over.</li>
 *   <li>{@link dev.abmbridge.app.runtime.RunFailureRecorder}: the error channel's end, a run-level dead letter.</li>
 * </ul>
 *
 * <p>Cursors stay in the engine's {@code abm_cursor}, not in the {@code MetadataStore}: a cursor must advance in the
 * same transaction as the snapshots of the page it ends (Kafka Connect's rule, STYLE.md), and the engine's state
 * store owns that transaction. The JDBC {@code MetadataStore} ({@code INT_METADATA_STORE}) keeps what only the
 * runtime knows, shared by all instances: per connection {@code lastStarted}, {@code lastSucceeded} (time and run
 * id) and {@code lastSkipped}.
 *
 * <p>No Spring type reaches adapter-core: the engine is plain Java, and this package adapts it.
 */
package dev.abmbridge.app.runtime;
