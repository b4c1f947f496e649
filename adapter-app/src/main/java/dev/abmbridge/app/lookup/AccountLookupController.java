package dev.abmbridge.app.lookup;

import dev.abmbridge.core.lookup.AccountCard;
import dev.abmbridge.core.lookup.AccountDirectory;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/accounts/lookup?domain=…} or {@code ?email=…}: what a website or chat tool may know about a
 * visitor's company, answered from memory ({@link AccountDirectory}). The key comes in {@code X-Api-Key}.
 */
@RestController
public class AccountLookupController {

    static final String PATH = "/api/v1/accounts/lookup";
    static final String KEY_HEADER = "X-Api-Key";

    private final AccountDirectory directory;
    private final ApiKeys keys;
    private final KeyRateLimits limits;

    public AccountLookupController(AccountDirectory directory, ApiKeys keys, KeyRateLimits limits) {
        this.directory = directory;
        this.keys = keys;
        this.limits = limits;
    }

    @GetMapping(path = PATH, produces = "application/json")
    public ResponseEntity<?> lookup(@RequestHeader(name = KEY_HEADER, required = false) String key,
                                    @RequestParam(required = false) String domain,
                                    @RequestParam(required = false) String email) {
        Optional<String> holder = keys.holder(key);
        if (holder.isEmpty()) {
            return problem(HttpStatus.UNAUTHORIZED, "a valid API key is needed in the " + KEY_HEADER + " header");
        }
        if (!limits.tryAcquire(holder.get())) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, "1")
                    .body(Map.of("error", "too many requests for this key; retry after 1 second"));
        }
        if ((domain == null) == (email == null)) {
            return problem(HttpStatus.BAD_REQUEST, "give exactly one of the parameters domain and email");
        }
        Optional<AccountCard> card = domain != null ? directory.byDomain(domain) : directory.byEmail(email);
        return card.<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "no account is known for this "
                        + (domain != null ? "domain" : "e-mail address's domain")));
    }

    private static ResponseEntity<?> problem(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("error", message));
    }
}
