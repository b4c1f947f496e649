package dev.abmbridge.app.bridge;

import dev.abmbridge.core.engine.RunSummary;
import dev.abmbridge.core.spi.AudienceDestination;
import dev.abmbridge.core.spi.BulkWriter;
import dev.abmbridge.core.spi.InsightSink;
import dev.abmbridge.core.spi.MemberChange;
import dev.abmbridge.core.spi.Outcome;
import dev.abmbridge.core.spi.RateLimit;
import dev.abmbridge.core.spi.RecordKind;
import dev.abmbridge.core.spi.RecordUpdate;
import dev.abmbridge.core.spi.SourceConnector;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The progress wrappers must add progress and nothing else: a connector method they do not pass on (a default method
 * of the SPI) silently turns a feature off for every run through the app, as happened to Salesforce's bulk writes and
 * to destinations that rebuild a file when the run finishes.
 */
class ProgressReportingTest {

    @Test
    void everyConnectorMethodIsPassedOnIncludingTheDefaultOnes() {
        for (Class<?> spi : List.of(SourceConnector.class, InsightSink.class, BulkWriter.class,
                AudienceDestination.class)) {
            Class<?> wrapper = Arrays.stream(ProgressReporting.class.getDeclaredClasses())
                    .filter(spi::isAssignableFrom).findFirst().orElseThrow();
            for (Method m : spi.getMethods()) {
                if (Modifier.isStatic(m.getModifiers())) {
                    continue;
                }
                assertThat(declares(wrapper, m)).as("%s passes on %s", wrapper.getSimpleName(), m.getName()).isTrue();
            }
        }
    }

    private static boolean declares(Class<?> type, Method m) {
        try {
            type.getDeclaredMethod(m.getName(), m.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    @Test
    void aSinksBulkWriterReachesTheEngineAndItsWritesAreReported() {
        List<String> written = new ArrayList<>();
        SyncProgress progress = new SyncProgress() {
            @Override
            public void written(String system, String object, int records) {
                written.add(system + " " + object + " " + records);
            }
        };
        BulkWriter bulk = new BulkWriter() {
            @Override
            public int maxUpdates() {
                return 10_000;
            }

            @Override
            public int threshold() {
                return 2_000;
            }

            @Override
            public List<Outcome> write(List<RecordUpdate> updates) {
                return List.of();
            }

            @Override
            public long callsMade() {
                return 7;
            }
        };
        InsightSink sink = new InsightSink() {
            @Override
            public String system() {
                return "salesforce";
            }

            @Override
            public int maxBatchSize() {
                return 200;
            }

            @Override
            public RateLimit rateLimit() {
                return RateLimit.UNLIMITED;
            }

            @Override
            public List<Outcome> write(List<RecordUpdate> updates) {
                return List.of();
            }

            @Override
            public Optional<BulkWriter> bulkWriter() {
                return Optional.of(bulk);
            }
        };

        InsightSink wrapped = ProgressReporting.sink(sink, progress);

        BulkWriter seen = wrapped.bulkWriter().orElseThrow();
        assertThat(seen.threshold()).isEqualTo(2_000);
        assertThat(seen.maxUpdates()).isEqualTo(10_000);
        assertThat(seen.callsMade()).isEqualTo(7);
        seen.write(List.of(new RecordUpdate(RecordKind.ACCOUNT, "001A", Map.of()), new RecordUpdate(RecordKind.ACCOUNT, "001B", Map.of())));
        assertThat(written).containsExactly("salesforce " + RunSummary.object(RecordKind.ACCOUNT) + " 2");
    }

    @Test
    void aDestinationHearsThatTheRunFinished() {
        List<String> calls = new ArrayList<>();
        AudienceDestination destination = new AudienceDestination() {
            @Override
            public String system() {
                return "mailing";
            }

            @Override
            public int maxBatchSize() {
                return 1_000;
            }

            @Override
            public RateLimit rateLimit() {
                return RateLimit.UNLIMITED;
            }

            @Override
            public void ensureAudience(String audienceId, String displayName) {
            }

            @Override
            public List<Outcome> apply(String audienceId, List<MemberChange> changes) {
                return List.of();
            }

            @Override
            public Set<String> members(String audienceId, Collection<String> keys) {
                return Set.of();
            }

            @Override
            public void runFinished() {
                calls.add("runFinished");
            }
        };

        ProgressReporting.destination(destination, SyncProgress.NONE).runFinished();

        assertThat(calls).containsExactly("runFinished");
    }
}
