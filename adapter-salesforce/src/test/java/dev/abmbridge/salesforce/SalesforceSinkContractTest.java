package dev.abmbridge.salesforce;

import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.spi.InsightSink;
import dev.abmbridge.core.spi.SourceConnector;
import dev.abmbridge.core.spi.contract.InsightSinkContract;
import dev.abmbridge.sandbox.MutableClock;
import dev.abmbridge.sandbox.Sandbox;
import dev.abmbridge.sandbox.SandboxConfig;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The core sink contract against the sandbox org, read back through the Salesforce source. */
class SalesforceSinkContractTest extends InsightSinkContract {

    private final ContractIds ids = new ContractIds();

    /** Above salesforce.bulk-write-threshold the sink writes through Bulk API 1.0 update jobs. */
    @Override
    protected boolean writesInBulk() {
        return true;
    }
    private Sandbox sandbox;
    private SalesforceConnector connector;

    @BeforeEach
    void start() {
        sandbox = Sandbox.start(SandboxConfig.defaults().withData(0, 0, 1)
                .withClock(new MutableClock(Instant.parse("2025-01-01T00:00:00Z"))));
        SalesforceTestOrg.defineOwnedFields(sandbox);
        connector = SalesforceTestOrg.connector(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Override
    protected InsightSink sink() {
        return ids.sink(connector.sink());
    }

    @Override
    protected SourceConnector readBack() {
        return ids.source(connector.source());
    }

    @Override
    protected void seedAccounts(List<Account> accounts) {
        List<Account> ordered = accounts.stream().sorted(Comparator.comparing(Account::id)).toList();
        List<String> created = SalesforceTestOrg.createAccounts(SalesforceTestOrg.admin(sandbox), ordered);
        for (int i = 0; i < ordered.size(); i++) {
            ids.put(ordered.get(i).id(), created.get(i));
        }
    }
}
