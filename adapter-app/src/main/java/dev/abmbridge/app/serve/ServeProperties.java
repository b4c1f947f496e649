package dev.abmbridge.app.serve;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code abm.serve.*}. Secrets come from the environment ({@code ABM_SERVE_TOKEN},
 * {@code ABM_SERVE_HUBSPOT_CLIENT_SECRET}) or from files; {@link #toString()} never shows them.
 *
 * @param token      the access token every page and API then requires; required when listening on anything but
 *                   a loopback address
 * @param tokenFile  a file holding the token (its first line), e.g. a mounted secret
 * @param statusRuns how many recent runs the status page lists
 * @param hubspot    HubSpot webhooks
 */
@ConfigurationProperties("abm.serve")
public record ServeProperties(String token, Path tokenFile, @DefaultValue("20") int statusRuns,
                              @DefaultValue HubSpot hubspot) {

    /**
     * @param clientSecret     the HubSpot app's client secret (the v3 signature's key); webhooks are off without one
     * @param clientSecretFile a file holding it
     * @param connection       the runtime connection a change re-syncs
     * @param system           the system name the changed ids belong to
     * @param publicUrl        the URL HubSpot calls, when a proxy in front changes scheme, host or port (the signature
     *                         covers the URL HubSpot used); by default the request's own URL
     * @param debounce         changes arriving within this quiet time become one re-sync
     * @param maxAge           requests whose timestamp is older are rejected (replays)
     */
    public record HubSpot(String clientSecret, Path clientSecretFile, String connection,
                          @DefaultValue("hubspot") String system, String publicUrl,
                          @DefaultValue("5s") Duration debounce, @DefaultValue("5m") Duration maxAge) {

        @Override
        public String toString() {
            return "HubSpot[clientSecret=" + Secrets.mask(clientSecret) + ", clientSecretFile=" + clientSecretFile
                    + ", connection=" + connection + ", system=" + system + ", publicUrl=" + publicUrl
                    + ", debounce=" + debounce + ", maxAge=" + maxAge + "]";
        }
    }

    @Override
    public String toString() {
        return "ServeProperties[token=" + Secrets.mask(token) + ", tokenFile=" + tokenFile + ", statusRuns="
                + statusRuns + ", hubspot=" + hubspot + "]";
    }
}
