package dev.abmbridge.sandbox.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts API calls per system and operation, with the number of records each carried; tests and benchmarks read it. */
public final class ApiCallLedger {

    private record Key(String system, String operation) {
    }

    private record Counters(LongAdder calls, LongAdder records) {
    }

    private final Map<Key, Counters> counters = new ConcurrentHashMap<>();

    public void record(String system, String operation, int records) {
        Counters c = counters.computeIfAbsent(new Key(system, operation), k -> new Counters(new LongAdder(), new LongAdder()));
        c.calls().increment();
        c.records().add(records);
    }

    public long calls(String system, String operation) {
        Counters c = counters.get(new Key(system, operation));
        return c == null ? 0 : c.calls().sum();
    }

    public long records(String system, String operation) {
        Counters c = counters.get(new Key(system, operation));
        return c == null ? 0 : c.records().sum();
    }

    /** All calls of one system, faults and token requests included. */
    public long calls(String system) {
        return counters.entrySet().stream()
                .filter(e -> e.getKey().system().equals(system))
                .mapToLong(e -> e.getValue().calls().sum())
                .sum();
    }

    public List<ApiCallTally> tallies() {
        List<ApiCallTally> result = new ArrayList<>();
        counters.forEach((k, c) -> result.add(new ApiCallTally(k.system(), k.operation(), c.calls().sum(), c.records().sum())));
        result.sort(Comparator.comparing(ApiCallTally::system).thenComparing(ApiCallTally::operation));
        return result;
    }

    public void reset() {
        counters.clear();
    }
}
