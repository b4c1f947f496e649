package dev.abmbridge.linkedin.client;

/**
 * LinkedIn refused a call for a reason retrying will not fix (a 4xx other than 429: bad request, permission,
 * missing resource). The message carries LinkedIn's status, code and message, never a token.
 */
public class LinkedInApiException extends RuntimeException {

    private final int status;
    private final String code;

    public LinkedInApiException(int status, String code, String message) {
        super("LinkedIn answered " + status + (code == null ? "" : " " + code) + ": " + message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
