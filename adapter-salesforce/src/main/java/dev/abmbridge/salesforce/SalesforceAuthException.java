package dev.abmbridge.salesforce;

/**
 * Authentication failed for a reason retrying will not fix (a wrong client id or secret, an expired refresh token,
 * a missing secret). Messages name the configuration, never a secret.
 */
public class SalesforceAuthException extends RuntimeException {

    public SalesforceAuthException(String message) {
        super(message);
    }
}
