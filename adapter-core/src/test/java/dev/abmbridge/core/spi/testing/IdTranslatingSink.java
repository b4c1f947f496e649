package dev.abmbridge.core.spi.testing;

import dev.abmbridge.core.spi.BulkWriter;
import dev.abmbridge.core.spi.InsightSink;
import dev.abmbridge.core.spi.Outcome;
import dev.abmbridge.core.spi.RateLimit;
import dev.abmbridge.core.spi.RecordUpdate;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A sink seen through the contract suite's record ids, for systems that assign their own ids (HubSpot,
 * Salesforce): updates go out under the system's ids and outcomes come back under the suite's.
 */
public final class IdTranslatingSink implements InsightSink {

    private final InsightSink sink;
    private final UnaryOperator<String> toSystem;
    private final UnaryOperator<String> toSuite;

    public IdTranslatingSink(InsightSink sink, UnaryOperator<String> toSystem, UnaryOperator<String> toSuite) {
        this.sink = sink;
        this.toSystem = toSystem;
        this.toSuite = toSuite;
    }

    @Override
    public String system() {
        return sink.system();
    }

    @Override
    public int maxBatchSize() {
        return sink.maxBatchSize();
    }

    @Override
    public RateLimit rateLimit() {
        return sink.rateLimit();
    }

    @Override
    public List<Outcome> write(List<RecordUpdate> updates) {
        return translated(updates, sink::write);
    }

    @Override
    public Optional<BulkWriter> bulkWriter() {
        return sink.bulkWriter().map(bulk -> new BulkWriter() {
            @Override
            public int maxUpdates() {
                return bulk.maxUpdates();
            }

            @Override
            public int threshold() {
                return bulk.threshold();
            }

            @Override
            public List<Outcome> write(List<RecordUpdate> updates) {
                return translated(updates, bulk::write);
            }

            @Override
            public long callsMade() {
                return bulk.callsMade();
            }
        });
    }

    private List<Outcome> translated(List<RecordUpdate> updates, Function<List<RecordUpdate>, List<Outcome>> write) {
        List<RecordUpdate> translated = updates.stream()
                .map(u -> new RecordUpdate(u.kind(), toSystem.apply(u.id()), u.fields())).toList();
        return write.apply(translated).stream()
                .map(o -> new Outcome(toSuite.apply(o.id()), o.status(), o.reason(), o.retryAfter())).toList();
    }
}
