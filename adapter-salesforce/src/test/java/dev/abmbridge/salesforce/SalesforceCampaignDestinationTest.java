package dev.abmbridge.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.QueryResult;
import com.sforce.soap.partner.sobject.SObject;
import dev.abmbridge.core.engine.TestDatabases;
import dev.abmbridge.core.spi.MemberChange;
import dev.abmbridge.core.spi.MemberChange.MemberKind;
import dev.abmbridge.core.spi.Outcome;
import dev.abmbridge.core.state.PushedMember;
import dev.abmbridge.core.state.StateStore;
import dev.abmbridge.sandbox.MutableClock;
import dev.abmbridge.sandbox.Sandbox;
import dev.abmbridge.sandbox.SandboxConfig;
import dev.abmbridge.sandbox.ledger.FieldWrite;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Campaigns destination against the sandbox org: deltas, batches of 200, escaping, re-creation, skips. */
class SalesforceCampaignDestinationTest {

    private static final String SYSTEM = "salesforce-campaigns";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
    private Sandbox sandbox;
    private PartnerConnection admin;
    private SalesforceConnector connector;
    private StateStore store;
    private Map<String, String> contactIdByKey;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxConfig.defaults().withData(200, 900, 17).withClock(clock));
        admin = SalesforceTestOrg.admin(sandbox);
        connector = SalesforceTestOrg.connector(sandbox);
        store = StateStore.open(TestDatabases.freshH2());
        contactIdByKey = new LinkedHashMap<>();
        admin.setQueryOptions(2000);
        QueryResult contacts = admin.query("SELECT Id, Email FROM Contact WHERE Email != null ORDER BY Id");
        for (SObject c : contacts.getRecords()) {
            contactIdByKey.putIfAbsent(SalesforceContactKeys.keyOf((String) c.getField("Email")), c.getId());
        }
        assertThat(contactIdByKey.size()).isGreaterThan(450);
        sandbox.writes().reset();
        sandbox.ledger().reset();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private SalesforceCampaignDestination destination(SalesforceCampaignConfig config) {
        return new SalesforceCampaignDestination(SYSTEM, connector, config, new StateStoreSalesforceCampaignRegistry(store, SYSTEM));
    }

    private List<String> keys(int from, int to) {
        return new ArrayList<>(contactIdByKey.keySet()).subList(from, to);
    }

    private static List<MemberChange> changes(List<String> keys, boolean add) {
        return keys.stream().map(k -> new MemberChange(MemberKind.CONTACT, k, add)).toList();
    }

    private Map<String, String> campaignMembers(String campaignId) throws Exception {
        Map<String, String> statusByContact = new LinkedHashMap<>();
        QueryResult r = admin.query("SELECT Id, ContactId, Status FROM CampaignMember WHERE CampaignId = '" + campaignId + "'");
        for (SObject m : r.getRecords()) {
            statusByContact.put((String) m.getField("ContactId"), (String) m.getField("Status"));
        }
        return statusByContact;
    }

    private Set<String> contactIds(List<String> keys) {
        Set<String> ids = new TreeSet<>();
        keys.forEach(k -> ids.add(contactIdByKey.get(k)));
        return ids;
    }

    @Test
    void deltasBecomeCampaignMemberCreatesAndDeletesInCallsOf200() throws Exception {
        SalesforceCampaignDestination destination = destination(SalesforceCampaignConfig.DEFAULTS);
        destination.ensureAudience("tier1", "Tier 1 buyers");
        String campaignId = destination.campaignIdOf("tier1").orElseThrow();

        List<String> first = keys(0, 200);
        List<String> second = keys(200, 400);
        assertThat(destination.apply("tier1", changes(first, true))).hasSize(200).allMatch(o -> o.status() == Outcome.Status.OK);
        assertThat(destination.apply("tier1", changes(second, true))).allMatch(o -> o.status() == Outcome.Status.OK);

        assertThat(sandbox.ledger().calls("salesforce", "create")).isEqualTo(1 + 2); // the campaign, then one call per 200 members
        Map<String, String> members = campaignMembers(campaignId);
        assertThat(new TreeSet<>(members.keySet())).isEqualTo(contactIds(keys(0, 400)));
        assertThat(members.values()).containsOnly("Sent");

        List<MemberChange> mixed = new ArrayList<>(changes(keys(0, 100), false));
        mixed.addAll(changes(keys(400, 450), true));
        assertThat(destination.apply("tier1", mixed)).hasSize(150).allMatch(o -> o.status() == Outcome.Status.OK);
        assertThat(sandbox.ledger().calls("salesforce", "delete")).isEqualTo(1);
        assertThat(new TreeSet<>(campaignMembers(campaignId).keySet())).isEqualTo(contactIds(keys(100, 450)));
        assertThat(destination.members("tier1", keys(0, 450))).containsExactlyInAnyOrderElementsOf(keys(100, 450));
        assertThat(destination.allMembers("tier1")).containsExactlyInAnyOrderElementsOf(keys(100, 450));

        long creates = sandbox.ledger().calls("salesforce", "create");
        long deletes = sandbox.ledger().calls("salesforce", "delete");
        List<MemberChange> again = new ArrayList<>(changes(keys(100, 200), true));
        again.addAll(changes(keys(0, 100), false));
        assertThat(destination.apply("tier1", again)).allMatch(o -> o.status() == Outcome.Status.OK); // re-sent after a crash
        assertThat(sandbox.ledger().calls("salesforce", "create")).isEqualTo(creates);
        assertThat(sandbox.ledger().calls("salesforce", "delete")).isEqualTo(deletes);
    }

    @Test
    void writesNothingButCampaignAndCampaignMemberFields() {
        SalesforceCampaignDestination destination = destination(SalesforceCampaignConfig.DEFAULTS);
        destination.ensureAudience("a", "A");
        destination.apply("a", changes(keys(0, 20), true));
        destination.apply("a", changes(keys(0, 10), false));

        List<FieldWrite> writes = sandbox.writes().writes("salesforce");
        assertThat(writes).isNotEmpty();
        assertThat(writes).extracting(FieldWrite::objectType).containsOnly("Campaign", "CampaignMember");
        assertThat(sandbox.writes().fieldsWritten("salesforce", "Campaign")).containsExactlyInAnyOrder("Name", "IsActive", "Description");
        assertThat(sandbox.writes().fieldsWritten("salesforce", "CampaignMember"))
                .containsExactlyInAnyOrder("CampaignId", "ContactId", "Status", "IsDeleted");
    }

    @Test
    void theConfiguredStatusIsGivenAndAStatusTheCampaignLacksIsRejected() throws Exception {
        SalesforceCampaignDestination responded = destination(new SalesforceCampaignConfig("Responded"));
        responded.ensureAudience("r", "Responders");
        assertThat(responded.apply("r", changes(keys(0, 3), true))).allMatch(o -> o.status() == Outcome.Status.OK);
        assertThat(campaignMembers(responded.campaignIdOf("r").orElseThrow()).values()).containsOnly("Responded");

        SalesforceCampaignDestination invited = destination(new SalesforceCampaignConfig("Invited"));
        invited.ensureAudience("i", "Invitees");
        List<Outcome> outcomes = invited.apply("i", changes(keys(0, 2), true));
        assertThat(outcomes).allSatisfy(o -> {
            assertThat(o.status()).isEqualTo(Outcome.Status.REJECTED);
            assertThat(o.reason()).contains("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST");
        });
    }

    @Test
    void theCampaignIsFoundAgainByIdAfterARenameAndReCreatedWithItsMembersWhenDeleted() throws Exception {
        String name = "Buyers' \"committee\" \\ Tier 1 - O'Brien & co";
        SalesforceCampaignDestination destination = destination(SalesforceCampaignConfig.DEFAULTS);
        destination.ensureAudience("t1", name);
        String campaignId = destination.campaignIdOf("t1").orElseThrow();
        assertThat(admin.query("SELECT Name FROM Campaign WHERE Id = '" + campaignId + "'").getRecords()[0].getField("Name"))
                .isEqualTo(name);
        List<String> members = keys(0, 30);
        destination.apply("t1", changes(members, true));
        members.forEach(k -> store.setPushed(new PushedMember(SYSTEM, "t1", k, MemberKind.CONTACT, "d:x"), true));

        SalesforceTestOrg.update(admin, "Campaign", campaignId, Map.of("Name", "Renamed by marketing"));
        SalesforceCampaignDestination nextRun = destination(SalesforceCampaignConfig.DEFAULTS);
        nextRun.ensureAudience("t1", name);
        assertThat(nextRun.campaignIdOf("t1")).hasValue(campaignId);
        assertThat(admin.query("SELECT COUNT() FROM Campaign").getSize()).isEqualTo(1);

        sandbox.salesforce().org().delete("Campaign", campaignId);
        SalesforceCampaignDestination afterDelete = destination(SalesforceCampaignConfig.DEFAULTS);
        afterDelete.ensureAudience("t1", name);
        String recreated = afterDelete.campaignIdOf("t1").orElseThrow();
        assertThat(recreated).isNotEqualTo(campaignId);
        assertThat(new TreeSet<>(campaignMembers(recreated).keySet())).isEqualTo(contactIds(members));
    }

    @Test
    void aForgottenCampaignIsFoundByItsEscapedName() throws Exception {
        String name = "It's \\ \"quoted\"";
        SalesforceCampaignDestination destination = destination(SalesforceCampaignConfig.DEFAULTS);
        destination.ensureAudience("q", name);
        String campaignId = destination.campaignIdOf("q").orElseThrow();

        SalesforceCampaignDestination withoutState = new SalesforceCampaignDestination(SYSTEM, connector,
                SalesforceCampaignConfig.DEFAULTS, new InMemorySalesforceCampaignRegistry());
        withoutState.ensureAudience("q", name);
        assertThat(withoutState.campaignIdOf("q")).hasValue(campaignId);
    }

    @Test
    void accountMembersAndContactsOutsideSalesforceAreSkippedAndCounted() {
        SalesforceCampaignDestination destination = destination(SalesforceCampaignConfig.DEFAULTS);
        destination.ensureAudience("s", "Skips");
        String unknown = SalesforceContactKeys.keyOf("nobody@nowhere.example");
        List<Outcome> outcomes = destination.apply("s", List.of(new MemberChange(MemberKind.COMPANY, "acme.com", true),
                new MemberChange(MemberKind.CONTACT, unknown, true), new MemberChange(MemberKind.CONTACT, keys(0, 1).get(0), true),
                new MemberChange(MemberKind.CONTACT, SalesforceContactKeys.keyOf("gone@nowhere.example"), false)));

        assertThat(outcomes).extracting(Outcome::status).containsExactly(Outcome.Status.OK, Outcome.Status.REJECTED,
                Outcome.Status.OK, Outcome.Status.OK);
        assertThat(outcomes.get(1).reason()).startsWith("skipped");
        assertThat(destination.skippedAccounts()).isEqualTo(1);
        assertThat(destination.skippedContacts()).isEqualTo(1);
    }
}
