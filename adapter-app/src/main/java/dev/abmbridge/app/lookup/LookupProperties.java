package dev.abmbridge.app.lookup;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code abm.lookup.*}: the account look-up API of {@code serve}.
 *
 * @param keys              the API keys allowed to call it, each stored only as its SHA-256 ({@code abm-bridge
 *                          lookup-key} makes one); remove a key or set {@code revoked: true} to revoke it
 * @param requestsPerSecond the most requests per second one key may make; more get 429 with Retry-After
 * @param corsOrigins       the web origins whose pages may call the API from a browser, e.g.
 *                          {@code https://www.example.com}; none by default
 */
@ConfigurationProperties("abm.lookup")
public record LookupProperties(List<Key> keys, Integer requestsPerSecond, List<String> corsOrigins) {

    public LookupProperties {
        keys = keys == null ? List.of() : List.copyOf(keys);
        requestsPerSecond = requestsPerSecond == null ? 100 : requestsPerSecond;
        corsOrigins = corsOrigins == null ? List.of() : List.copyOf(corsOrigins);
        if (requestsPerSecond < 1) {
            throw new IllegalArgumentException("abm.lookup.requests-per-second must be at least 1");
        }
    }

    /**
     * @param name    who holds the key (the website, the chat tool), shown in logs and metrics instead of the key
     * @param sha256  the key's SHA-256 in hexadecimal
     * @param revoked a revoked key is refused like an unknown one
     */
    public record Key(String name, String sha256, boolean revoked) {
    }
}
