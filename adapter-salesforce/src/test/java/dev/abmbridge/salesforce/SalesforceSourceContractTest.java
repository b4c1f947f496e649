package dev.abmbridge.salesforce;

import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.spi.SourceConnector;
import dev.abmbridge.core.spi.contract.SourceConnectorContract;
import dev.abmbridge.sandbox.MutableClock;
import dev.abmbridge.sandbox.Sandbox;
import dev.abmbridge.sandbox.SandboxConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The core source contract, against an empty sandbox org per test, through the real WSC client. */
class SalesforceSourceContractTest extends SourceConnectorContract {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
    private final ContractIds ids = new ContractIds();
    private Sandbox sandbox;
    private SourceConnector source;

    @BeforeEach
    void start() {
        sandbox = Sandbox.start(SandboxConfig.defaults().withData(0, 0, 1).withClock(clock));
        SalesforceTestOrg.defineOwnedFields(sandbox);
        source = ids.source(SalesforceTestOrg.connector(sandbox).source());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Override
    protected SourceConnector connector() {
        return source;
    }

    @Override
    protected void seedAccounts(List<Account> accounts, Instant modifiedAt) {
        Duration ahead = Duration.between(clock.instant(), modifiedAt);
        if (!ahead.isNegative()) {
            clock.advance(ahead);
        }
        List<Account> ordered = accounts.stream().sorted(Comparator.comparing(Account::id)).toList();
        List<String> created = SalesforceTestOrg.createAccounts(SalesforceTestOrg.admin(sandbox), ordered);
        for (int i = 0; i < ordered.size(); i++) {
            ids.put(ordered.get(i).id(), created.get(i));
        }
    }
}
