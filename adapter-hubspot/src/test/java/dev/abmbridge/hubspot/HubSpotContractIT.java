package dev.abmbridge.hubspot;

import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.model.Contact;
import dev.abmbridge.core.spi.AudienceDestination;
import dev.abmbridge.core.spi.Cursor;
import dev.abmbridge.core.spi.InsightSink;
import dev.abmbridge.core.spi.Outcome;
import dev.abmbridge.core.spi.Page;
import dev.abmbridge.core.spi.RecordKind;
import dev.abmbridge.core.spi.RecordUpdate;
import dev.abmbridge.core.spi.SourceConnector;
import dev.abmbridge.core.spi.SourceRecord;
import dev.abmbridge.core.spi.testing.IdTranslatingSink;
import dev.abmbridge.core.spi.contract.AudienceDestinationContract;
import dev.abmbridge.core.spi.contract.InsightSinkContract;
import dev.abmbridge.core.spi.contract.SourceConnectorContract;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import dev.abmbridge.core.spi.OwnedFields;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The core contract suites against the sandbox's HubSpot emulator, one fresh portal per test. HubSpot assigns
 * record ids itself, so the suites' ids ({@code a1}, {@code s2}) are mapped to HubSpot's by a thin translating
 * wrapper; records are created in the order of the suite's ids, so HubSpot's id order agrees with theirs.
 */
class HubSpotContractIT {

    /** The suite's ids ↔ HubSpot's. */
    static final class Ids {
        final Map<String, String> hubSpot = new HashMap<>();
        final Map<String, String> suite = new HashMap<>();

        void put(String suiteId, String hubSpotId) {
            hubSpot.put(suiteId, hubSpotId);
            suite.put(hubSpotId, suiteId);
        }

        String toHubSpot(String id) {
            return hubSpot.getOrDefault(id, id);
        }

        String toSuite(String id) {
            return suite.getOrDefault(id, id);
        }

        Cursor toHubSpot(Cursor c) {
            return c.lastId().isEmpty() ? c : new Cursor(c.modifiedAt(), toHubSpot(c.lastId()));
        }
    }

    static Account renamed(Account a, String id) {
        return new Account(id, a.source(), a.name(), a.domain(), a.industry(), a.employees(), a.annualRevenue(), a.country(), a.region(),
                a.state(), a.city(), a.type(), a.technologies(), a.engagement(), a.custom());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static SourceRecord<?> translate(SourceRecord<?> r, Ids ids) {
        Object record = r.record();
        String suiteId = ids.toSuite(r.position().lastId());
        Cursor position = new Cursor(r.position().modifiedAt(), suiteId);
        if (record instanceof Account a) {
            return new SourceRecord<>(renamed(a, suiteId), position, r.held(), r.linkedTo());
        }
        Contact c = (Contact) record;
        return new SourceRecord<>(new Contact(suiteId, c.source(), c.accountId(), c.email(), c.firstName(), c.lastName(), c.title(),
                c.country(), c.sourceSeniority(), c.sourceDepartment(), c.custom()), position, r.held(), r.linkedTo());
    }

    /** The HubSpot source seen through the suite's ids. */
    static final class TranslatingSource implements SourceConnector {
        private final SourceConnector source;
        private final Ids ids;

        TranslatingSource(SourceConnector source, Ids ids) {
            this.source = source;
            this.ids = ids;
        }

        @Override
        public String system() {
            return source.system();
        }

        @Override
        @SuppressWarnings("unchecked")
        public Page<Account> accounts(Cursor after, int pageSize) {
            Page<Account> page = source.accounts(ids.toHubSpot(after), pageSize);
            return new Page<>(page.records().stream().map(r -> (SourceRecord<Account>) translate(r, ids)).toList(), page.last());
        }

        @Override
        @SuppressWarnings("unchecked")
        public Page<Contact> contacts(Cursor after, int pageSize) {
            Page<Contact> page = source.contacts(ids.toHubSpot(after), pageSize);
            return new Page<>(page.records().stream().map(r -> (SourceRecord<Contact>) translate(r, ids)).toList(), page.last());
        }

        @Override
        public List<SourceRecord<?>> read(RecordKind kind, Collection<String> recordIds) {
            return source.read(kind, recordIds.stream().map(ids::toHubSpot).toList()).stream().<SourceRecord<?>>map(r -> translate(r, ids))
                    .toList();
        }
    }

    static String industryValue(String industry) {
        return industry == null ? null : industry.trim().toUpperCase(Locale.ROOT).replace(' ', '_');
    }

    static void seed(HubSpotTestPortal portal, Ids ids, List<Account> accounts) {
        for (Account a : accounts.stream().sorted(Comparator.comparing(Account::id)).toList()) {
            Map<String, String> p = new LinkedHashMap<>();
            p.put("name", a.name());
            p.put("domain", a.domain());
            p.put("industry", industryValue(a.industry()));
            p.put("numberofemployees", a.employees() == null ? null : a.employees().toString());
            p.put("country", a.country());
            p.put("city", a.city());
            ids.put(a.id(), portal.create("companies", p));
        }
    }

    @Nested
    class AsSource extends SourceConnectorContract {
        private HubSpotTestPortal portal;
        private final Ids ids = new Ids();

        @BeforeEach
        void start() {
            portal = HubSpotTestPortal.empty();
        }

        @AfterEach
        void stop() {
            portal.close();
        }

        @Override
        protected SourceConnector connector() {
            return new TranslatingSource(new HubSpotSourceConnector(portal.connection), ids);
        }

        @Override
        protected void seedAccounts(List<Account> accounts, Instant modifiedAt) {
            portal.moveTo(modifiedAt);
            seed(portal, ids, accounts);
        }
    }

    @Nested
    class AsSink extends InsightSinkContract {
        private HubSpotTestPortal portal;
        private final Ids ids = new Ids();

        @BeforeEach
        void start() {
            portal = HubSpotTestPortal.empty();
            portal.setUpSchema();
        }

        @AfterEach
        void stop() {
            portal.close();
        }

        @Override
        protected InsightSink sink() {
            return new IdTranslatingSink(new HubSpotInsightSink(portal.connection), ids::toHubSpot, ids::toSuite);
        }

        @Override
        protected SourceConnector readBack() {
            return new TranslatingSource(new HubSpotSourceConnector(portal.connection), ids);
        }

        @Override
        protected void seedAccounts(List<Account> accounts) {
            seed(portal, ids, accounts);
        }

        @Test
        void sendsOnlyOwnedPropertiesOnTheWire() {
            Account before = renamed(account("s1"), "s1");
            before = new Account("s1", null, before.name(), "s1-example.com", before.industry(), before.employees(), null, "DE", null,
                    null, "Berlin", null, List.of(), null, null);
            seedAccounts(List.of(before));
            portal.sandbox.writes().reset();

            List<Outcome> out = sink().write(List.of(new RecordUpdate(RecordKind.ACCOUNT, "s1",
                    Map.of(OwnedFields.TIER, "Tier 1", OwnedFields.FIT_SCORE, "81"))));

            assertThat(out).singleElement().satisfies(o -> assertThat(o.status()).isEqualTo(Outcome.Status.OK));
            SourceRecord<?> after = readBack().read(RecordKind.ACCOUNT, List.of("s1")).get(0);
            assertThat(after.held()).containsEntry(OwnedFields.TIER, "Tier 1").containsEntry(OwnedFields.FIT_SCORE, "81");
            Account read = (Account) after.record();
            assertThat(read.name()).isEqualTo(before.name());
            assertThat(read.domain()).isEqualTo(before.domain());
            assertThat(read.industry()).isEqualTo(before.industry());
            assertThat(read.employees()).isEqualTo(before.employees());
            assertThat(read.country()).isEqualTo("DE");
            assertThat(portal.sandbox.writes().fieldsWritten("hubspot", "companies")).contains("abm_tier", "abm_fit_score",
                    "hs_ideal_customer_profile").doesNotContain("name", "domain", "industry", "numberofemployees", "country", "city");
        }
    }

    @Nested
    class AsAudiences extends AudienceDestinationContract {
        private HubSpotTestPortal portal;

        @BeforeEach
        void start() {
            portal = HubSpotTestPortal.empty();
            portal.company("Acme", "acme.com");
            portal.company("Globex", "www.globex.com");
            portal.company("Initech", "initech.com");
        }

        @AfterEach
        void stop() {
            portal.close();
        }

        @Override
        protected AudienceDestination destination() {
            return new HubSpotAudienceDestination(portal.connection);
        }
    }
}
