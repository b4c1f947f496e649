package dev.abmbridge.app.serve;

import dev.abmbridge.app.runtime.ConnectionSyncService;
import dev.abmbridge.app.runtime.RunFailureRecorder;
import dev.abmbridge.app.runtime.RuntimeProperties;
import dev.abmbridge.core.engine.RunSummary;
import dev.abmbridge.core.playbook.Audience;
import dev.abmbridge.core.playbook.Playbook;
import dev.abmbridge.core.playbook.Tier;
import dev.abmbridge.core.spi.OwnedFields;
import dev.abmbridge.core.state.AudienceSize;
import dev.abmbridge.core.state.DeadLetter;
import dev.abmbridge.core.state.RunRecord;
import dev.abmbridge.core.state.SnapshotCodec;
import dev.abmbridge.core.state.StateStore;
import org.springframework.integration.metadata.MetadataStore;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the status page shows, read from the state store and the runtime's metadata: connections, recent runs,
 * the tiers and fit scores the CRMs hold now, audiences and open dead letters. Plain values for the template.
 */
final class StatusReport {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    static final int MAX_DEAD_LETTERS = 50;

    private final StateStore store;
    private final MetadataStore metadata;
    private final RuntimeProperties runtime;
    private final SnapshotCodec codec = new SnapshotCodec();

    StatusReport(StateStore store, MetadataStore metadata, RuntimeProperties runtime) {
        this.store = store;
        this.metadata = metadata;
        this.runtime = runtime;
    }

    record ConnectionRow(String name, String state, String cssClass, String lastSucceeded, String problem) {
    }

    record RunRow(String started, String duration, String outcome, String cssClass, String mode, String read,
                  String written, String calls, String deadLettered, String playbook) {
    }

    record AudienceRow(String system, String audience, String name, String kind, int members, String matchRate,
                       int refused) {
    }

    record DeadLetterRow(String system, String kind, String id, String reason, int attempts, String lastSeen) {
    }

    Map<String, Object> model(Playbook playbook, int runs, Instant now) {
        List<DeadLetter> open = store.deadLetters().stream().filter(d -> !d.discarded()).toList();
        Map<String, Object> m = new HashMap<>();
        m.put("generated", TIME.format(now));
        m.put("playbookName", playbook == null ? null : playbook.name().isEmpty() ? "(unnamed)" : playbook.name());
        m.put("playbookHash", playbook == null ? null : playbook.shortHash());
        m.put("connections", connections(open));
        List<RunRow> runRows = store.recentRuns(runs).stream().map(this::run).toList();
        m.put("runs", runRows);
        m.put("noRuns", runRows.isEmpty());
        m.put("tierChart", BarChart.of("Accounts per tier", tiers(playbook)));
        m.put("fitChart", BarChart.of("Accounts per fit score", fitHistogram()));
        List<AudienceRow> audiences = audiences(playbook, open);
        m.put("audiences", audiences);
        m.put("noAudiences", audiences.isEmpty());
        m.put("deadLetters", open.stream().limit(MAX_DEAD_LETTERS).map(d -> new DeadLetterRow(d.system(), d.kind(),
                d.id(), d.reason(), d.attempts(), TIME.format(Instant.ofEpochMilli(d.lastSeen())))).toList());
        m.put("deadLetterCount", open.size());
        m.put("moreDeadLetters", open.size() > MAX_DEAD_LETTERS ? open.size() - MAX_DEAD_LETTERS : null);
        return m;
    }

    private List<ConnectionRow> connections(List<DeadLetter> open) {
        List<ConnectionRow> rows = new ArrayList<>();
        runtime.connections().keySet().stream().sorted().forEach(name -> {
            String succeeded = metadata.get(ConnectionSyncService.metadataKey(name, "lastSucceeded"));
            String when = succeeded == null ? "never" : succeeded.split(" ")[0];
            String problem = open.stream().filter(d -> d.kind().equals(RunFailureRecorder.RUN_KIND)
                    && d.id().equals(name)).map(DeadLetter::reason).findFirst().orElse(null);
            rows.add(problem != null ? new ConnectionRow(name, "Failing", "bad", when, problem)
                    : succeeded != null ? new ConnectionRow(name, "OK", "good", when, null)
                    : new ConnectionRow(name, "Not run yet", "idle", when, null));
        });
        return rows;
    }

    private RunRow run(RunRecord r) {
        String duration = r.finishedAt() == null ? "running" : seconds(r.finishedAt() - r.startedAt());
        String outcome = switch (r.status()) {
            case "SUCCEEDED" -> "Succeeded";
            case "FAILED" -> "Failed";
            default -> "Running";
        };
        String css = switch (r.status()) {
            case "SUCCEEDED" -> "good";
            case "FAILED" -> "bad";
            default -> "idle";
        };
        String mode = r.dryRun() ? "Dry run" : "Sync";
        if (r.summary() == null) {
            return new RunRow(TIME.format(Instant.ofEpochMilli(r.startedAt())), duration, outcome, css, mode, "–", "–",
                    "–", "–", shortHash(r.playbookHash()));
        }
        RunSummary s = codec.read(r.summary(), RunSummary.class);
        return new RunRow(TIME.format(Instant.ofEpochMilli(r.startedAt())), duration, outcome, css, mode,
                count(sum(s.recordsRead())), count(sum(s.recordsWritten())),
                count(sum(s.sourceCalls()) + sum(s.sinkCalls())), count(sum(s.deadLettered())),
                shortHash(r.playbookHash()));
    }

    /** Tiers in the playbook's order (best first), then any other value the CRMs hold (e.g. a manual override). */
    private Map<String, Long> tiers(Playbook playbook) {
        Map<String, Integer> held = store.accountsByHeldValue(OwnedFields.TIER);
        Map<String, Long> out = new LinkedHashMap<>();
        if (playbook != null) {
            for (Tier t : playbook.icp().tiers()) {
                out.put(t.name(), (long) held.getOrDefault(t.name(), 0));
            }
        }
        held.forEach((tier, n) -> out.putIfAbsent(tier, (long) n));
        return out;
    }

    /** Fit scores the CRMs hold, in ten bands of ten points (the last one 90–100). */
    private Map<String, Long> fitHistogram() {
        long[] bands = new long[10];
        store.accountsByHeldValue(OwnedFields.FIT_SCORE).forEach((value, n) -> {
            try {
                int score = Integer.parseInt(value.strip());
                bands[Math.min(9, Math.max(0, score / 10))] += n;
            } catch (NumberFormatException notAScore) {
                // A value someone typed into the CRM field; the next sync overwrites it.
            }
        });
        Map<String, Long> out = new LinkedHashMap<>();
        for (int i = 0; i < 10; i++) {
            out.put(i == 9 ? "90–100" : (i * 10) + "–" + (i * 10 + 9), bands[i]);
        }
        return out;
    }

    /**
     * The match rate is the share of the members sent that the destination accepted: refused members are the
     * audience's open dead letters (kind MEMBER, id {@code audienceId/memberKey}).
     */
    private List<AudienceRow> audiences(Playbook playbook, List<DeadLetter> open) {
        Map<String, String> names = new HashMap<>();
        if (playbook != null) {
            for (Audience a : playbook.audiences()) {
                names.put(a.id(), a.name());
            }
        }
        List<AudienceRow> rows = new ArrayList<>();
        for (AudienceSize a : store.audienceSizes()) {
            int refused = (int) open.stream().filter(d -> d.kind().equals("MEMBER") && d.system().equals(a.system())
                    && d.id().startsWith(a.audienceId() + "/")).count();
            int sent = a.members() + refused;
            String rate = sent == 0 ? "–" : String.format(Locale.ROOT, "%.0f%%", 100.0 * a.members() / sent);
            rows.add(new AudienceRow(a.system(), a.audienceId(), names.getOrDefault(a.audienceId(), a.audienceId()),
                    a.kind().name().equals("COMPANY") ? "companies" : "contacts", a.members(), rate, refused));
        }
        return rows;
    }

    private static long sum(Map<String, Integer> bySystem) {
        return bySystem.values().stream().mapToLong(Integer::longValue).sum();
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String seconds(long millis) {
        return millis < 1000 ? millis + " ms" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static String shortHash(String hash) {
        return hash == null || hash.length() < 12 ? hash : hash.substring(0, 12);
    }
}
