package dev.abmbridge.linkedin.client;

import java.io.IOException;

/** Sends one request; the only place bytes go over the wire (tests wrap it to see exactly what was sent). */
@FunctionalInterface
public interface LinkedInTransport {

    LinkedInResponse send(LinkedInRequest request) throws IOException;
}
