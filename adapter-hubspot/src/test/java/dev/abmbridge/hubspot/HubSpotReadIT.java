package dev.abmbridge.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.model.Contact;
import dev.abmbridge.core.spi.Cursor;
import dev.abmbridge.core.spi.Page;
import dev.abmbridge.core.spi.RecordKind;
import dev.abmbridge.core.spi.SourceRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reading through the sandbox's HubSpot emulator: past the 10,000-result cap, mapping, associations. */
class HubSpotReadIT {

    @Test
    void readsPastTheTenThousandResultCapByMovingTheLowerBound() {
        try (HubSpotTestPortal portal = HubSpotTestPortal.empty()) {
            int total = 10_250;
            for (int batch = 0; batch * 100 < total; batch++) {
                List<Map<String, Object>> inputs = new ArrayList<>();
                for (int i = batch * 100; i < Math.min(total, batch * 100 + 100); i++) {
                    inputs.add(Map.of("properties", Map.of("name", "Company " + i, "domain", "c" + i + ".com")));
                }
                portal.connection.client().post(portal.connection.client().objects("companies/batch/create"), Map.of("inputs", inputs));
                if (batch % 7 == 0) {
                    portal.clock.advance(Duration.ofSeconds(1)); // ties of 100-700 records on one instant
                }
            }
            HubSpotSourceConnector source = new HubSpotSourceConnector(portal.connection);

            Set<String> seen = new HashSet<>();
            Cursor cursor = Cursor.START;
            int pages = 0;
            while (true) {
                Page<Account> page = source.accounts(cursor, 1_000);
                pages++;
                for (SourceRecord<Account> r : page.records()) {
                    assertThat(cursor.precedes(r.position().modifiedAt(), r.position().lastId())).isTrue();
                    assertThat(seen.add(r.record().id())).as("each record once").isTrue();
                    cursor = r.position();
                }
                if (page.last()) {
                    break;
                }
            }

            assertThat(seen).hasSize(total);
            assertThat(pages).isGreaterThan(10);
            long searches = portal.calls("companies:search");
            // 52 requests of 200 at best; each of the 14 ties of 700 records costs about two more (its first page is
            // re-read by id, and its last partial page is followed by a fresh request).
            assertThat(searches).as("about one search per 200 records, never an offset").isBetween(52L, 85L);
        }
    }

    @Test
    void mapsCompaniesToTheCanonicalModelWithIndustryLabelsAndHeldValues() {
        try (HubSpotTestPortal portal = HubSpotTestPortal.empty()) {
            portal.setUpSchema();
            Map<String, String> p = new LinkedHashMap<>();
            p.put("name", "  Acme Corp ");
            p.put("domain", "https://www.eu.acme.co.uk/about");
            p.put("industry", "COMPUTER_SOFTWARE");
            p.put("numberofemployees", "1200");
            p.put("annualrevenue", "50000000");
            p.put("country", "United States");
            p.put("abm_tier", "Tier 1");
            p.put("abm_fit_score", "81");
            String id = portal.create("companies", p);

            SourceRecord<?> r = new HubSpotSourceConnector(portal.connection).read(RecordKind.ACCOUNT, List.of(id)).get(0);

            Account a = (Account) r.record();
            assertThat(a.id()).isEqualTo(id);
            assertThat(a.source()).isEqualTo("hubspot");
            assertThat(a.name()).isEqualTo("Acme Corp");
            assertThat(a.domain()).isEqualTo("acme.co.uk");
            assertThat(a.industry()).isEqualToIgnoringCase("Computer software");
            assertThat(a.employees()).isEqualTo(1200L);
            assertThat(a.annualRevenue()).isEqualByComparingTo("50000000");
            assertThat(a.country()).isEqualTo("US");
            assertThat(a.region()).hasToString("NA");
            assertThat(r.held()).containsEntry("tier", "Tier 1").containsEntry("fitScore", "81");
        }
    }

    @Test
    void contactsCarryTheirCompanyFromThePrimaryIdOrTheAssociations() {
        try (HubSpotTestPortal portal = HubSpotTestPortal.start(5, 10, c -> c, c -> c)) {
            String company = portal.company("Initech", "initech.com");
            String contact = portal.create("contacts", Map.of("email", "Bill.Lumbergh@Initech.com", "firstname", "Bill",
                    "lastname", "Lumbergh", "jobtitle", "VP Operations"));
            portal.associate(contact, company);
            HubSpotSourceConnector source = new HubSpotSourceConnector(portal.connection);

            List<Contact> all = new ArrayList<>();
            Cursor cursor = Cursor.START;
            Page<Contact> page;
            do {
                page = source.contacts(cursor, 200);
                for (SourceRecord<Contact> r : page.records()) {
                    all.add(r.record());
                    cursor = r.position();
                }
            } while (!page.last());

            assertThat(all).hasSizeGreaterThan(1).allSatisfy(c -> assertThat(c.accountId()).isNotBlank());
            Contact bill = all.stream().filter(c -> c.id().equals(contact)).findFirst().orElseThrow();
            assertThat(bill.email()).isEqualTo("bill.lumbergh@initech.com");
            assertThat(bill.title()).isEqualTo("VP Operations");
            assertThat(bill.accountId()).isEqualTo(company);
            assertThat(portal.calls("associations:batch/read")).as("only for contacts without a primary company id").isEqualTo(1);
        }
    }

    @Test
    void postalAddressesArriveAsCustomFieldsForMailingLists() {
        try (HubSpotTestPortal portal = HubSpotTestPortal.empty()) {
            String company = portal.create("companies", Map.of("name", "Initech", "domain", "initech.com", "address",
                    "4120 Freidrich Ln", "city", "Austin", "state", "TX", "zip", "78744"));
            String contact = portal.create("contacts", Map.of("email", "peter@initech.com", "lastname", "Gibbons", "address",
                    "12 Apartment Row", "city", "Austin", "state", "TX", "zip", "78701"));
            HubSpotSourceConnector source = new HubSpotSourceConnector(portal.connection);

            Account a = (Account) source.read(RecordKind.ACCOUNT, List.of(company)).get(0).record();
            Contact c = (Contact) source.read(RecordKind.CONTACT, List.of(contact)).get(0).record();

            assertThat(a.custom()).containsEntry("address", "4120 Freidrich Ln").containsEntry("zip", "78744");
            assertThat(a.city()).isEqualTo("Austin");
            assertThat(c.custom()).containsEntry("address", "12 Apartment Row").containsEntry("city", "Austin")
                    .containsEntry("state", "TX").containsEntry("zip", "78701");
        }
    }

    @Test
    void changesYoungerThanTheSettleTimeWaitForTheNextPull() {
        try (HubSpotTestPortal portal = HubSpotTestPortal.start(0, 0, c -> c, c -> c.withSearchSettle(Duration.ofSeconds(30)))) {
            portal.company("Fresh", "fresh.com");
            HubSpotSourceConnector source = new HubSpotSourceConnector(portal.connection);

            assertThat(source.accounts(Cursor.START, 10).records()).isEmpty();
            portal.clock.advance(Duration.ofSeconds(30));
            assertThat(source.accounts(Cursor.START, 10).records()).hasSize(1);
        }
    }

    @Test
    void aCompanyLinkedToSalesforceByHubSpotsIntegrationCarriesTheCrossSystemId() {
        try (HubSpotTestPortal portal = HubSpotTestPortal.empty()) {
            portal.connection.client().post(portal.connection.client().properties("companies"), Map.of("name", "salesforceaccountid",
                    "label", "Salesforce Account ID", "type", "string", "fieldType", "text", "groupName", "companyinformation"));
            String linked = portal.create("companies", Map.of("name", "Linked", "domain", "linked.com", "salesforceaccountid",
                    "001ABC000001xyzAAA"));
            String alone = portal.company("Alone", "alone.com");

            List<SourceRecord<?>> read = new HubSpotSourceConnector(portal.connection).read(RecordKind.ACCOUNT, List.of(linked, alone));

            assertThat(read).filteredOn(r -> ((Account) r.record()).id().equals(linked)).singleElement()
                    .satisfies(r -> assertThat(r.linkedTo()).isEqualTo("salesforce:001ABC000001xyzAAA"));
            assertThat(read).filteredOn(r -> ((Account) r.record()).id().equals(alone)).singleElement()
                    .satisfies(r -> assertThat(r.linkedTo()).isNull());
        }
    }
}
