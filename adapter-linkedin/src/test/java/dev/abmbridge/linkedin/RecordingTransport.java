package dev.abmbridge.linkedin;

import dev.abmbridge.linkedin.client.JdkLinkedInTransport;
import dev.abmbridge.linkedin.client.LinkedInRequest;
import dev.abmbridge.linkedin.client.LinkedInResponse;
import dev.abmbridge.linkedin.client.LinkedInTransport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Sends through the JDK client and keeps every request exactly as it went to the sandbox. */
final class RecordingTransport implements LinkedInTransport {

    private final LinkedInTransport delegate = new JdkLinkedInTransport();
    private final List<LinkedInRequest> sent = new ArrayList<>();

    @Override
    public synchronized LinkedInResponse send(LinkedInRequest request) throws IOException {
        sent.add(request);
        return delegate.send(request);
    }

    synchronized List<LinkedInRequest> sent() {
        return List.copyOf(sent);
    }

    /** Every URL and body sent, as one text. */
    synchronized String everything() {
        StringBuilder all = new StringBuilder();
        for (LinkedInRequest r : sent) {
            all.append(r.fullUrl()).append('\n').append(r.body() == null ? "" : r.body()).append('\n');
        }
        return all.toString();
    }

    synchronized void clear() {
        sent.clear();
    }
}
