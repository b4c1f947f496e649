package dev.abmbridge.linkedin.client;

/** Gives the client a bearer token, and a fresh one after LinkedIn answered 401. */
public interface AccessTokenProvider {

    String accessToken();

    /** Called once after a 401: refreshes and returns the new token, or throws {@link LinkedInAuthException}. */
    String refreshAfterUnauthorized();
}
