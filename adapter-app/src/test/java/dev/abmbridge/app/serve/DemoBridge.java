package dev.abmbridge.app.serve;

import dev.abmbridge.app.runtime.ChangedRecords;
import dev.abmbridge.core.engine.RunOptions;
import dev.abmbridge.core.lookup.AccountObserver;
import dev.abmbridge.core.engine.RunSummary;
import dev.abmbridge.core.engine.SyncConnection;
import dev.abmbridge.core.engine.SyncEngine;
import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.model.Contact;
import dev.abmbridge.core.model.Region;
import dev.abmbridge.core.playbook.Playbook;
import dev.abmbridge.core.spi.testing.InMemoryAudiences;
import dev.abmbridge.core.spi.testing.InMemoryCrm;
import dev.abmbridge.core.spi.testing.MutableClock;
import dev.abmbridge.core.state.StateStore;
import dev.abmbridge.core.testing.Playbooks;
import org.springframework.context.ApplicationContext;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A real engine over the core's in-memory CRM and audiences (adapter-core's test-jar), on the serve context's own
 * state store: what the application's {@link ServedBridge} does with real connectors.
 */
final class DemoBridge implements ServedBridge {

    static final Playbook PLAYBOOK = Playbooks.parse("""
            version: 1
            name: serve test
            icp:
              minScore: 60
              criteria:
                - { id: industry, label: Software, weight: 50, when: { field: industry, contains: software } }
                - { id: size, label: 200 plus, weight: 30, when: { field: employees, atLeast: 200 } }
                - { id: region, label: North America, weight: 20, when: { field: region, equals: NA } }
              tiers:
                - { name: Tier 1, minScore: 80 }
                - { name: Tier 2, minScore: 50 }
            buyingRoles:
              rules:
                - role: Decision Maker
                  when: { field: seniority, in: [C_LEVEL, VP] }
                - role: Champion
                  when: { field: function, in: [MARKETING, SALES] }
                - role: End User
              committee: [Decision Maker, Champion]
            audiences:
              - id: tier1
                name: Tier 1 companies
                accounts: { field: tier, equals: Tier 1 }
                destinations: [ads]
            """);

    final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T08:00:00Z"));
    final InMemoryCrm crm = new InMemoryCrm("crm", clock, 50);
    final InMemoryAudiences ads = new InMemoryAudiences("ads", 50);
    final AtomicInteger runs = new AtomicInteger();
    /** The changed records of every webhook re-sync, in order. */
    final List<ChangedRecords> resyncs = new CopyOnWriteArrayList<>();
    private final ApplicationContext context;
    private volatile AccountObserver observer;

    DemoBridge(ApplicationContext context) {
        this.context = context;
        Instant t = clock.instant();
        crm.put(account("A1", "acme.com", "Computer Software", 500, Region.NA), t, null);
        crm.put(account("A2", "globex.com", "Computer Software", 300, Region.EMEA), t, null);
        crm.put(account("A3", "initech.com", "Retail", 50, Region.NA), t, null);
        crm.put(account("A4", "umbrella.com", "Enterprise Software", 1000, Region.NA), t, null);
        crm.put(account("A5", "hooli.com", "Banking", 5000, Region.EMEA), t, null);
        crm.put(contact("C1", "A1", "ceo@acme.com", "CEO"), t);
        crm.put(contact("C2", "A1", "cmo@acme.com", "Marketing Manager"), t);
        crm.put(contact("C3", "A4", "vp@umbrella.com", "VP Engineering"), t);
        // The ad platform refuses one company: a dead letter for the page and the metrics.
        ads.reject("umbrella.com");
    }

    static Account account(String id, String domain, String industry, long employees, Region region) {
        return new Account(id, "crm", "Company " + id, domain, industry, employees, null,
                region == Region.NA ? "US" : "DE", region, null, null, null, List.of(), null, null);
    }

    static Contact contact(String id, String accountId, String email, String title) {
        return new Contact(id, "crm", accountId, email, "First", "Last", title, null, null, null, null);
    }

    @Override
    public RunSummary sync(String connection, RunOptions options) {
        runs.incrementAndGet();
        clock.advance(Duration.ofMinutes(1));
        return engine().run(options);
    }

    private SyncEngine engine() {
        SyncEngine engine = new SyncEngine(context.getBean(StateStore.class), PLAYBOOK,
                List.of(new SyncConnection(crm, crm)), List.of(ads), clock);
        if (observer != null) {
            engine.observeAccounts(observer);
        }
        return engine;
    }

    @Override
    public void observeAccounts(AccountObserver observer) {
        this.observer = observer;
    }

    @Override
    public int evaluateAll() {
        return engine().evaluateAll();
    }

    @Override
    public RunSummary sync(String connection, RunOptions options, ChangedRecords changed) {
        resyncs.add(changed);
        return sync(connection, options);
    }

    @Override
    public Playbook playbook() {
        return PLAYBOOK;
    }

    @Override
    public Map<String, Supplier<OptionalLong>> quotaLeft() {
        return Map.of("crm", () -> OptionalLong.of(9_000 - crm.writeCalls()));
    }
}
