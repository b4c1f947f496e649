package dev.abmbridge.bench.planning;

import dev.abmbridge.bench.AccountGenerator;
import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.model.Contact;
import dev.abmbridge.core.spi.Cursor;
import dev.abmbridge.core.spi.InsightSink;
import dev.abmbridge.core.spi.Outcome;
import dev.abmbridge.core.spi.Page;
import dev.abmbridge.core.spi.RateLimit;
import dev.abmbridge.core.spi.RecordKind;
import dev.abmbridge.core.spi.RecordUpdate;
import dev.abmbridge.core.spi.SourceConnector;
import dev.abmbridge.core.spi.SourceRecord;
import dev.abmbridge.core.state.StateStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A CRM of {@code size} generated accounts that holds none of them in memory: account {@code i} is computed from
 * its index ({@link AccountGenerator#at}), with a zero-padded id (so id order is index order) and a domain made
 * unique by the index. All were modified at {@link #T0}; after {@link #changeEveryHundredth()}, every hundredth
 * account (1 %) has another industry and was modified at {@link #T1}.
 *
 * <p>What the CRM holds in the owned fields is what ABM Bridge last wrote: before the first sync nothing, after it
 * the values the engine confirmed, which the state store keeps (read back from there, as a real CRM would return
 * them). Writes are counted, not stored.
 */
public final class GeneratedCrm implements SourceConnector, InsightSink {

    public static final String SYSTEM = "crm";
    static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    static final Instant T1 = Instant.parse("2025-02-01T00:00:00Z");
    private static final long SEED = 20251123L;

    private final int size;
    private final int maxBatch;
    private StateStore heldIn;
    private Map<String, Map<String, String>> heldChanged = Map.of();
    private boolean changed;
    private int pageCalls;
    private int writeCalls;
    private final Map<String, Integer> writesPerRecord = new TreeMap<>();
    private boolean countPerRecord;

    public GeneratedCrm(int size, int maxBatch) {
        this.size = size;
        this.maxBatch = maxBatch;
    }

    /**
     * From now on the CRM holds what the store says was written (i.e. everything before this was synced). What it
     * holds for the accounts that will change is read now, so that pages come back with their held values at no
     * cost to the engine, as a real CRM returns them in the same response.
     */
    public void holdWhatWasWritten(StateStore store) {
        this.heldIn = store;
        Map<String, Map<String, String>> held = new java.util.HashMap<>();
        for (int i = 0; i < size; i++) {
            if (changes(i)) {
                held.put(id(i), store.held(SYSTEM, RecordKind.ACCOUNT, id(i)));
            }
        }
        this.heldChanged = held;
    }

    /** 1 % of the accounts change (industry) at T1. */
    public void changeEveryHundredth() {
        this.changed = true;
    }

    /** Whether account {@code i} is one that changes. */
    public static boolean changes(int i) {
        return i % 100 == 42;
    }

    public static String id(int i) {
        return String.format("acc-%07d", i);
    }

    /** Counts calls and writes per record from now on. */
    public void resetCounters() {
        pageCalls = 0;
        writeCalls = 0;
        writesPerRecord.clear();
        countPerRecord = true;
    }

    public int pageCalls() {
        return pageCalls;
    }

    public int writeCalls() {
        return writeCalls;
    }

    /** Writes per record id since {@link #resetCounters()}. */
    public Map<String, Integer> writesPerRecord() {
        return writesPerRecord;
    }

    Account account(int i) {
        Account a = AccountGenerator.at(i, SEED);
        String industry = a.industry();
        if (changed && changes(i)) {
            industry = industry != null && industry.contains("Software") ? "Retail" : "Computer Software";
        }
        return new Account(id(i), SYSTEM, a.name(), a.domain() == null ? null : "c" + i + "-" + a.domain(), industry,
                a.employees(), a.annualRevenue(), a.country(), a.region(), a.state(), a.city(), a.type(),
                a.technologies(), a.engagement(), a.custom());
    }

    private Instant modifiedAt(int i) {
        return changed && changes(i) ? T1 : T0;
    }

    @Override
    public String system() {
        return SYSTEM;
    }

    @Override
    public Page<Account> accounts(Cursor after, int pageSize) {
        pageCalls++;
        List<SourceRecord<Account>> out = new ArrayList<>(pageSize);
        // First the accounts modified at T0, then those at T1, each in id (= index) order.
        for (Instant at : changed ? List.of(T0, T1) : List.of(T0)) {
            for (int i = firstIndexAfter(after, at); i < size && out.size() < pageSize; i++) {
                if (modifiedAt(i).equals(at)) {
                    out.add(record(i));
                }
            }
            if (out.size() == pageSize) {
                return new Page<>(out, false);
            }
        }
        return new Page<>(out, true);
    }

    /** The first index whose (at, id) comes after the cursor. */
    private int firstIndexAfter(Cursor after, Instant at) {
        int c = after.modifiedAt().compareTo(at);
        if (c < 0) {
            return 0;
        }
        if (c > 0) {
            return size;
        }
        return after.lastId().isEmpty() ? 0 : Integer.parseInt(after.lastId().substring(4)) + 1;
    }

    private SourceRecord<Account> record(int i) {
        Map<String, String> held = heldIn == null ? Map.of()
                : heldChanged.containsKey(id(i)) ? heldChanged.get(id(i)) : heldIn.held(SYSTEM, RecordKind.ACCOUNT, id(i));
        return new SourceRecord<>(account(i), new Cursor(modifiedAt(i), id(i)), held);
    }

    @Override
    public Page<Contact> contacts(Cursor after, int pageSize) {
        pageCalls++;
        return new Page<>(List.of(), true);
    }

    @Override
    public List<SourceRecord<?>> read(RecordKind kind, Collection<String> ids) {
        List<SourceRecord<?>> out = new ArrayList<>();
        if (kind == RecordKind.ACCOUNT) {
            ids.forEach(id -> out.add(record(Integer.parseInt(id.substring(4)))));
        }
        return out;
    }

    @Override
    public int maxBatchSize() {
        return maxBatch;
    }

    @Override
    public RateLimit rateLimit() {
        return RateLimit.UNLIMITED;
    }

    @Override
    public List<Outcome> write(List<RecordUpdate> updates) {
        if (updates.size() > maxBatch) {
            throw new IllegalArgumentException(updates.size() + " updates in one call; the maximum is " + maxBatch);
        }
        writeCalls++;
        List<Outcome> out = new ArrayList<>(updates.size());
        for (RecordUpdate u : updates) {
            if (countPerRecord) {
                writesPerRecord.merge(u.id(), 1, Integer::sum);
            }
            out.add(Outcome.ok(u.id()));
        }
        return out;
    }
}
