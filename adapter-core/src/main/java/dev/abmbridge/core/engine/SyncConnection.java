package dev.abmbridge.core.engine;

import dev.abmbridge.core.spi.InsightSink;
import dev.abmbridge.core.spi.SourceConnector;

import java.util.Objects;
import java.util.Optional;

/**
 * One configured system: its source, and the sink that writes owned fields back to the same records (none for a
 * read-only source such as a file). Connections are given in source precedence order: the first non-missing value
 * of a field wins when records of one company are merged.
 */
public record SyncConnection(SourceConnector source, InsightSink sink) {

    public SyncConnection {
        Objects.requireNonNull(source, "source");
        if (sink != null && !sink.system().equals(source.system())) {
            throw new IllegalArgumentException("source " + source.system() + " and sink " + sink.system()
                    + " must be the same system");
        }
    }

    public static SyncConnection readOnly(SourceConnector source) {
        return new SyncConnection(source, null);
    }

    public String system() {
        return source.system();
    }

    public Optional<InsightSink> optionalSink() {
        return Optional.ofNullable(sink);
    }
}
