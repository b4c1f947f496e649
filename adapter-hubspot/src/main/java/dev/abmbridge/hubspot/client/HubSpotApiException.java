package dev.abmbridge.hubspot.client;

/**
 * A HubSpot call that failed for good, classified at the edge. Messages carry HubSpot's category, message and
 * correlation id, never a token or a secret.
 */
public class HubSpotApiException extends RuntimeException {

    /** Why the call failed. */
    public enum Kind {
        /** 401/403: the token is wrong, expired beyond refresh, or lacks a scope; retrying never helps. */
        AUTH,
        /** 400/404/409 and other 4xx: the request itself was refused. */
        REJECTED
    }

    private final Kind kind;
    private final int status;
    private final String category;

    public HubSpotApiException(Kind kind, int status, String category, String message) {
        super(message);
        this.kind = kind;
        this.status = status;
        this.category = category;
    }

    public Kind kind() {
        return kind;
    }

    public int status() {
        return status;
    }

    /** HubSpot's error category ({@code VALIDATION_ERROR}, {@code MISSING_SCOPES}, …); null when none. */
    public String category() {
        return category;
    }
}
