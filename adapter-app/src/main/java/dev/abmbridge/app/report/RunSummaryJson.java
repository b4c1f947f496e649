package dev.abmbridge.app.report;

import dev.abmbridge.core.engine.RunSummary;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The run summary as the JSON that {@code sync --summary-json} and {@code demo --summary-json} write (issue 8):
 * {@code reads} and {@code writes} per system and object, each with {@code records} and {@code calls};
 * {@code fieldsWritten} per system and owned field; {@code audiences} per {@code system/audience} with {@code adds},
 * {@code removes}, {@code minCalls} (the fewest membership calls, by the destination's own batch size) and
 * {@code calls} and {@code notInSystem} (members left out because the destination system has no record of them);
 * {@code deadLetters}; {@code playbookHash}; {@code durationMs}. Counts only: no
 * record content and nothing secret.
 */
public final class RunSummaryJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RunSummaryJson() {
    }

    /** One run as an ordered map (to be written alone or in a list). */
    public static Map<String, Object> of(RunSummary s, long durationMs) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("runId", s.runId());
        run.put("dryRun", s.dryRun());
        run.put("status", s.totalDeadLettered() > 0 ? "PARTIAL" : "SUCCEEDED");
        run.put("playbookHash", s.playbookHash());
        run.put("durationMs", durationMs);
        run.put("accountsEvaluated", s.accountsEvaluated());
        run.put("reads", traffic(s.reads()));
        run.put("writes", traffic(s.writes()));
        run.put("fieldsWritten", new TreeMap<>(s.fieldChanges()));
        Map<String, Object> audiences = new TreeMap<>();
        for (String a : keys(s.audienceAdds(), s.audienceRemoves(), s.audienceCalls(), s.plannedAudienceCalls(),
                s.audienceNotInSystem())) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("adds", s.audienceAdds().getOrDefault(a, 0));
            one.put("removes", s.audienceRemoves().getOrDefault(a, 0));
            one.put("minCalls", s.plannedAudienceCalls().getOrDefault(a, 0));
            one.put("calls", s.audienceCalls().getOrDefault(a, 0));
            one.put("notInSystem", s.audienceNotInSystem().getOrDefault(a, 0));
            audiences.put(a, one);
        }
        run.put("audiences", audiences);
        run.put("deadLetters", s.totalDeadLettered());
        run.put("deadLettersBySystem", new TreeMap<>(s.deadLettered()));
        return run;
    }

    public static String json(Object value) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n";
    }

    public static String json(RunSummary s, long durationMs) {
        return json(of(s, durationMs));
    }

    public static String json(List<Map<String, Object>> runs) {
        return json((Object) runs);
    }

    private static Map<String, Object> traffic(Map<String, Map<String, RunSummary.Traffic>> bySystem) {
        Map<String, Object> out = new TreeMap<>();
        bySystem.forEach((system, objects) -> {
            Map<String, Object> o = new TreeMap<>();
            objects.forEach((object, t) -> {
                Map<String, Object> counts = new LinkedHashMap<>();
                counts.put("records", t.records());
                counts.put("calls", t.calls());
                o.put(object, counts);
            });
            out.put(system, o);
        });
        return out;
    }

    @SafeVarargs
    private static java.util.Set<String> keys(Map<String, Integer>... maps) {
        java.util.Set<String> keys = new java.util.TreeSet<>();
        for (Map<String, Integer> m : maps) {
            keys.addAll(m.keySet());
        }
        return keys;
    }
}
