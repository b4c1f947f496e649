/**
 * {@code abm-bridge serve} (docs/serve.md): the runtime (dev.abmbridge.app.runtime) in a servlet context with the
 * status page, Actuator health per connection, the {@code abm_*} Prometheus metrics and HubSpot webhooks.
 *
 * <p>The application provides one bean to the serve context: a {@link dev.abmbridge.app.serve.ServedBridge}, which
 * runs one sync of a named connection and knows the playbook. {@link dev.abmbridge.app.serve.ServeConfiguration}
 * wraps it into the runtime's {@link dev.abmbridge.app.runtime.SyncRunner} ({@link
 * dev.abmbridge.app.serve.MeteredSyncRunner}); without one, the page, health and metrics still work on the state
 * store and scheduled runs fail with a clear reason.
 *
 * <p>The one-shot commands' context scans this package too: every configuration and controller here is
 * {@code @ConditionalOnWebApplication}, so none of it starts there.
 */
package dev.abmbridge.app.serve;
