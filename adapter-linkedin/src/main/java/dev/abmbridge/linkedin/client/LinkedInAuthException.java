package dev.abmbridge.linkedin.client;

/** The credentials do not work (expired or revoked refresh token, bad client): an admin must re-authorize. Never retried. */
public class LinkedInAuthException extends LinkedInApiException {

    public LinkedInAuthException(int status, String code, String message) {
        super(status, code, message);
    }
}
