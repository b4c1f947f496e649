package dev.abmbridge.core.spi;

import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.spi.contract.AudienceDestinationContract;
import dev.abmbridge.core.spi.contract.InsightSinkContract;
import dev.abmbridge.core.spi.contract.SourceConnectorContract;
import dev.abmbridge.core.spi.testing.InMemoryAudiences;
import dev.abmbridge.core.spi.testing.InMemoryCrm;
import dev.abmbridge.core.spi.testing.MutableClock;
import org.junit.jupiter.api.Nested;

import java.time.Instant;
import java.util.List;

/** The in-memory test connectors the engine tests use pass the contract suite themselves. */
class InMemoryCrmContractTest {

    @Nested
    class AsSource extends SourceConnectorContract {
        private final InMemoryCrm crm = new InMemoryCrm("crm", new MutableClock(Instant.EPOCH), 10);

        @Override
        protected SourceConnector connector() {
            return crm;
        }

        @Override
        protected void seedAccounts(List<Account> accounts, Instant modifiedAt) {
            accounts.forEach(a -> crm.put(a, modifiedAt, null));
        }
    }

    @Nested
    class AsSink extends InsightSinkContract {
        private final InMemoryCrm crm = new InMemoryCrm("crm", new MutableClock(Instant.EPOCH), 10);

        @Override
        protected InsightSink sink() {
            return crm;
        }

        @Override
        protected SourceConnector readBack() {
            return crm;
        }

        @Override
        protected void seedAccounts(List<Account> accounts) {
            accounts.forEach(crm::put);
        }
    }

    @Nested
    class AsBulkSink extends InsightSinkContract {
        private final InMemoryCrm crm = new InMemoryCrm("crm", new MutableClock(Instant.EPOCH), 10);

        AsBulkSink() {
            crm.enableBulk(100, 0, 3);
        }

        @Override
        protected boolean writesInBulk() {
            return true;
        }

        @Override
        protected InsightSink sink() {
            return crm;
        }

        @Override
        protected SourceConnector readBack() {
            return crm;
        }

        @Override
        protected void seedAccounts(List<Account> accounts) {
            accounts.forEach(crm::put);
        }
    }

    @Nested
    class AsAudiences extends AudienceDestinationContract {
        private final InMemoryAudiences audiences = new InMemoryAudiences("ads", 5);

        @Override
        protected AudienceDestination destination() {
            return audiences;
        }
    }
}
