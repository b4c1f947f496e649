package dev.abmbridge.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sforce.soap.partner.DeleteResult;
import com.sforce.soap.partner.DescribeSObjectResult;
import com.sforce.soap.partner.Field;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.QueryResult;
import com.sforce.soap.partner.SaveResult;
import com.sforce.soap.partner.StatusCode;
import com.sforce.soap.partner.fault.ApiFault;
import com.sforce.soap.partner.sobject.SObject;
import dev.abmbridge.sandbox.MutableClock;
import dev.abmbridge.sandbox.Sandbox;
import dev.abmbridge.sandbox.SandboxConfig;
import dev.abmbridge.sandbox.SandboxExtension;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Campaign and CampaignMember through WSC 65.0.0, as a campaign destination uses them. */
class SalesforceCampaignContractTest {

    private static final MutableClock CLOCK = new MutableClock(Instant.now());

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension(SandboxConfig.defaults().withData(200, 1_000, 5).withClock(CLOCK));

    private PartnerConnection connection;
    private Sandbox sandbox;

    @BeforeEach
    void connect() throws Exception {
        sandbox = SANDBOX.sandbox();
        connection = SalesforceClients.partner(sandbox.salesforceUrl(), SalesforceClients.clientCredentialsToken(sandbox.salesforceUrl()));
    }

    @Test
    void campaignIsCreatedAndFoundAgainById() throws Exception {
        String id = createCampaign("Tier 1 buyers");
        assertThat(id).startsWith("701").hasSize(18);
        SObject found = connection.query("SELECT Id, Name, IsActive FROM Campaign WHERE Id = '" + id + "'").getRecords()[0];
        assertThat(found.getField("Name")).isEqualTo("Tier 1 buyers");
        assertThat(found.getField("IsActive")).isEqualTo("true");
    }

    @Test
    void campaignNameIsRequiredAndLimitedTo80Characters() throws Exception {
        SaveResult[] results = connection.create(new SObject[] {campaign(null), campaign("x".repeat(81))});
        assertThat(results[0].getErrors()[0].getStatusCode()).isEqualTo(StatusCode.REQUIRED_FIELD_MISSING);
        assertThat(results[1].getErrors()[0].getStatusCode()).isEqualTo(StatusCode.STRING_TOO_LONG);
    }

    @Test
    void membersAreCreatedWithTheDefaultStatusAndReadBackByCampaign() throws Exception {
        String campaignId = createCampaign("Members");
        List<String> contacts = contactIds(3);
        SaveResult[] results = connection.create(new SObject[] {member(campaignId, contacts.get(0), null),
                member(campaignId, contacts.get(1), "Responded"), member(campaignId, contacts.get(2), "Attended")});
        assertThat(results[0].isSuccess()).isTrue();
        assertThat(results[0].getId()).startsWith("00v");
        assertThat(results[1].isSuccess()).isTrue();
        assertThat(results[2].getErrors()[0].getStatusCode()).isEqualTo(StatusCode.INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST);
        QueryResult members = connection.query("SELECT Id, ContactId, Status FROM CampaignMember WHERE CampaignId = '" + campaignId
                + "' ORDER BY ContactId");
        assertThat(members.getRecords()).extracting(r -> r.getField("ContactId")).containsExactly(contacts.get(0), contacts.get(1));
        assertThat(members.getRecords()).extracting(r -> r.getField("Status")).containsExactly("Sent", "Responded");
        QueryResult some = connection.query("SELECT Id, ContactId FROM CampaignMember WHERE CampaignId = '" + campaignId
                + "' AND ContactId IN ('" + contacts.get(1) + "', '" + contacts.get(2) + "')");
        assertThat(some.getRecords()).extracting(SObject::getId).containsExactly(results[1].getId());
    }

    @Test
    void aContactIsAMemberOfACampaignOnlyOnce() throws Exception {
        String campaignId = createCampaign("Once");
        String other = createCampaign("Other");
        String contact = contactIds(1).get(0);
        assertThat(connection.create(new SObject[] {member(campaignId, contact, null)})[0].isSuccess()).isTrue();
        SaveResult[] again = connection.create(new SObject[] {member(campaignId, contact, null), member(other, contact, null)});
        assertThat(again[0].isSuccess()).isFalse();
        assertThat(again[0].getErrors()[0].getStatusCode()).isEqualTo(StatusCode.DUPLICATE_VALUE);
        assertThat(again[0].getErrors()[0].getMessage()).isEqualTo("Already a campaign member.");
        assertThat(again[1].isSuccess()).isTrue();
    }

    @Test
    void deletedMembersCanBeAddedAgainAndDeletesAreLoggedAndCounted() throws Exception {
        String campaignId = createCampaign("Delete");
        String contact = contactIds(1).get(0);
        String memberId = connection.create(new SObject[] {member(campaignId, contact, null)})[0].getId();
        long deletesBefore = sandbox.ledger().calls("salesforce", "delete");
        DeleteResult[] deleted = connection.delete(new String[] {memberId});
        assertThat(deleted[0].isSuccess()).isTrue();
        assertThat(sandbox.ledger().calls("salesforce", "delete")).isEqualTo(deletesBefore + 1);
        assertThat(sandbox.writes().writes("salesforce")).anyMatch(w -> w.objectType().equals("CampaignMember")
                && w.recordId().equals(memberId) && w.field().equals("IsDeleted"));
        assertThat(connection.query("SELECT Id FROM CampaignMember WHERE CampaignId = '" + campaignId + "'").getSize()).isZero();
        assertThat(connection.delete(new String[] {memberId})[0].getErrors()[0].getStatusCode()).isEqualTo(StatusCode.ENTITY_IS_DELETED);
        assertThat(connection.create(new SObject[] {member(campaignId, contact, null)})[0].isSuccess()).isTrue();
    }

    @Test
    void deletingACampaignDeletesItsMembers() throws Exception {
        String campaignId = createCampaign("Cascade");
        List<String> contacts = contactIds(2);
        connection.create(new SObject[] {member(campaignId, contacts.get(0), null), member(campaignId, contacts.get(1), null)});
        sandbox.salesforce().org().delete("Campaign", campaignId);
        assertThat(connection.query("SELECT Id FROM Campaign WHERE Id = '" + campaignId + "'").getSize()).isZero();
        assertThat(connection.query("SELECT Id FROM CampaignMember WHERE CampaignId = '" + campaignId + "'").getSize()).isZero();
        SaveResult[] onDeleted = connection.create(new SObject[] {member(campaignId, contacts.get(0), null)});
        assertThat(onDeleted[0].getErrors()[0].getStatusCode()).isEqualTo(StatusCode.INVALID_CROSS_REFERENCE_KEY);
    }

    @Test
    void membersKeepTheirCampaignAndContact() throws Exception {
        String campaignId = createCampaign("Fixed");
        String memberId = connection.create(new SObject[] {member(campaignId, contactIds(1).get(0), null)})[0].getId();
        SObject move = new SObject("CampaignMember");
        move.setId(memberId);
        move.setField("ContactId", contactIds(2).get(1));
        assertThat(connection.update(new SObject[] {move})[0].getErrors()[0].getStatusCode())
                .isEqualTo(StatusCode.INVALID_FIELD_FOR_INSERT_UPDATE);
    }

    @Test
    void describeShowsTheMemberStatusesAndCreateOnlyReferences() throws Exception {
        DescribeSObjectResult member = connection.describeSObject("CampaignMember");
        assertThat(member.getKeyPrefix()).isEqualTo("00v");
        Field status = Arrays.stream(member.getFields()).filter(f -> f.getName().equals("Status")).findFirst().orElseThrow();
        assertThat(Arrays.stream(status.getPicklistValues()).map(p -> p.getValue())).containsExactly("Sent", "Responded");
        Field contact = Arrays.stream(member.getFields()).filter(f -> f.getName().equals("ContactId")).findFirst().orElseThrow();
        assertThat(contact.isCreateable()).isTrue();
        assertThat(contact.isUpdateable()).isFalse();
        assertThat(contact.getReferenceTo()).containsExactly("Contact");
        assertThat(connection.describeSObject("Campaign").getKeyPrefix()).isEqualTo("701");
    }

    @Test
    void twoHundredMembersPerCallAndNoMore() throws Exception {
        String campaignId = createCampaign("Limit");
        List<String> contacts = contactIds(201);
        SObject[] members = new SObject[201];
        for (int i = 0; i < 201; i++) {
            members[i] = member(campaignId, contacts.get(i), null);
        }
        assertThatThrownBy(() -> connection.create(members)).isInstanceOf(ApiFault.class);
        long createCalls = sandbox.ledger().calls("salesforce", "create");
        SaveResult[] results = connection.create(Arrays.copyOf(members, 200));
        assertThat(results).allMatch(SaveResult::isSuccess);
        assertThat(sandbox.ledger().calls("salesforce", "create")).isEqualTo(createCalls + 1);
        connection.setQueryOptions(200);
        QueryResult page = connection.query("SELECT Id, ContactId FROM CampaignMember WHERE CampaignId = '" + campaignId + "' ORDER BY Id");
        assertThat(page.getSize()).isEqualTo(200);
        assertThat(page.isDone()).isTrue();
    }

    private String createCampaign(String name) throws Exception {
        SaveResult result = connection.create(new SObject[] {campaign(name)})[0];
        assertThat(result.isSuccess()).as(Arrays.toString(result.getErrors())).isTrue();
        return result.getId();
    }

    private static SObject campaign(String name) {
        SObject campaign = new SObject("Campaign");
        if (name != null) {
            campaign.setField("Name", name);
        }
        campaign.setField("IsActive", true);
        return campaign;
    }

    private static SObject member(String campaignId, String contactId, String status) {
        SObject member = new SObject("CampaignMember");
        member.setField("CampaignId", campaignId);
        member.setField("ContactId", contactId);
        if (status != null) {
            member.setField("Status", status);
        }
        return member;
    }

    private List<String> contactIds(int count) throws Exception {
        connection.setQueryOptions(2000);
        List<String> ids = new ArrayList<>();
        for (SObject r : connection.query("SELECT Id FROM Contact ORDER BY Id LIMIT " + count).getRecords()) {
            ids.add(r.getId());
        }
        assertThat(ids).hasSize(count);
        return ids;
    }
}
