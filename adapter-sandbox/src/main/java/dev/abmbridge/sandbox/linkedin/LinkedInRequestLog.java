package dev.abmbridge.sandbox.linkedin;

import dev.abmbridge.sandbox.http.EmulatorRequest;
import java.util.ArrayDeque;
import java.util.List;

/**
 * An opt-in, bounded log of the REST requests the LinkedIn emulator answered: method, path, raw query and body,
 * never headers (they carry the bearer token), never the OAuth token endpoint (its form carries the client secret
 * and refresh token). Keeps the latest {@code maxEntries} requests and counts the ones it let go; a body longer
 * than {@code maxBodyChars} is cut and marked. Lets tests check what reached the API, e.g. that no clear-text
 * e-mail was ever sent. Thread-safe.
 */
public final class LinkedInRequestLog {

    /** One logged request; {@code truncated} when the body was longer than the log keeps. */
    public record Entry(String method, String path, String query, String body, boolean truncated) {

        /** The BATCH_CREATE member streams: {@code POST /rest/dmpSegments/{id}/companies} or {@code …/users}. */
        public boolean isMemberBatch() {
            return method.equalsIgnoreCase("POST") && (path.endsWith("/companies") || path.endsWith("/users"));
        }
    }

    private final int maxEntries;
    private final int maxBodyChars;
    private final ArrayDeque<Entry> entries = new ArrayDeque<>();
    private long dropped;
    private long truncated;

    LinkedInRequestLog(int maxEntries, int maxBodyChars) {
        if (maxEntries < 1 || maxBodyChars < 0) {
            throw new IllegalArgumentException("the request log needs room for at least one request");
        }
        this.maxEntries = maxEntries;
        this.maxBodyChars = maxBodyChars;
    }

    synchronized void record(EmulatorRequest request) {
        String body = request.body();
        boolean cut = body.length() > maxBodyChars;
        if (cut) {
            body = body.substring(0, maxBodyChars);
            truncated++;
        }
        if (entries.size() == maxEntries) {
            entries.removeFirst();
            dropped++;
        }
        entries.addLast(new Entry(request.method(), request.path(), request.rawQuery(), body, cut));
    }

    /** The requests kept, oldest first. */
    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** Requests let go because the log was full. */
    public synchronized long dropped() {
        return dropped;
    }

    /** Requests whose body was cut. */
    public synchronized long truncated() {
        return truncated;
    }

    /** Path, query and body of every request kept, one text, for "never contains" checks. */
    public synchronized String everything() {
        StringBuilder all = new StringBuilder();
        for (Entry e : entries) {
            all.append(e.method()).append(' ').append(e.path()).append('?').append(e.query()).append('\n')
                    .append(e.body()).append('\n');
        }
        return all.toString();
    }

    public synchronized void clear() {
        entries.clear();
        dropped = 0;
        truncated = 0;
    }
}
