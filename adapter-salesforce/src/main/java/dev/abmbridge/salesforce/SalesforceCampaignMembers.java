package dev.abmbridge.salesforce;

import com.sforce.soap.partner.DeleteResult;
import com.sforce.soap.partner.Error;
import com.sforce.soap.partner.QueryResult;
import com.sforce.soap.partner.SaveResult;
import com.sforce.soap.partner.sobject.SObject;
import dev.abmbridge.salesforce.client.SalesforceSession;
import dev.abmbridge.salesforce.client.SoqlLiteral;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The Campaign and CampaignMember calls of the Campaigns destination, 200 records per create or delete call (the SOAP
 * limit) and 200 contact ids per member query. Every value enters SOQL through {@link SoqlLiteral}.
 */
final class SalesforceCampaignMembers {

    static final int MAX_RECORDS_PER_CALL = 200;

    /** One record's result: null error when written. */
    record Result(String contactId, String error, boolean retriable) {
    }

    private final SalesforceSession session;
    private final int batchSize;

    SalesforceCampaignMembers(SalesforceSession session, int batchSize) {
        this.session = session;
        this.batchSize = batchSize;
    }

    /** The campaign if it exists and is not deleted. */
    boolean campaignExists(String campaignId) {
        QueryResult result = session.partner("query", c -> c.query("SELECT Id FROM Campaign WHERE Id = " + SoqlLiteral.string(campaignId)));
        return result.getSize() > 0;
    }

    /** The oldest live campaign with exactly this name, if any. */
    String campaignNamed(String name) {
        QueryResult result = session.partner("query", c -> c.query("SELECT Id FROM Campaign WHERE Name = " + SoqlLiteral.string(name)
                + " ORDER BY CreatedDate ASC, Id ASC LIMIT 1"));
        return result.getRecords() == null || result.getRecords().length == 0 ? null : result.getRecords()[0].getId();
    }

    String createCampaign(String name, String description) {
        SObject campaign = new SObject("Campaign");
        campaign.setField("Name", name);
        campaign.setField("IsActive", true);
        campaign.setField("Description", description);
        SaveResult result = session.partner("create", c -> c.create(new SObject[] {campaign}))[0];
        if (!result.isSuccess()) {
            throw new SalesforceApiException(code(result.getErrors()), "creating the campaign '" + name + "': " + reason(result.getErrors()));
        }
        return result.getId();
    }

    /** Contact id → CampaignMember id, for the given contacts that are members of the campaign. */
    Map<String, String> membersAmong(String campaignId, Collection<String> contactIds) {
        Map<String, String> out = new HashMap<>();
        List<String> ids = new ArrayList<>(contactIds);
        for (int i = 0; i < ids.size(); i += MAX_RECORDS_PER_CALL) {
            StringJoiner in = new StringJoiner(", ", "(", ")");
            ids.subList(i, Math.min(ids.size(), i + MAX_RECORDS_PER_CALL)).forEach(id -> in.add(SoqlLiteral.string(id)));
            readMembers("SELECT Id, ContactId FROM CampaignMember WHERE CampaignId = " + SoqlLiteral.string(campaignId)
                    + " AND ContactId IN " + in, out);
        }
        return out;
    }

    /** Contact id → CampaignMember id for every contact member of the campaign. */
    Map<String, String> allMembers(String campaignId) {
        Map<String, String> out = new HashMap<>();
        readMembers("SELECT Id, ContactId FROM CampaignMember WHERE CampaignId = " + SoqlLiteral.string(campaignId)
                + " AND ContactId != null", out);
        return out;
    }

    private void readMembers(String soql, Map<String, String> out) {
        QueryResult page = session.partner("query", c -> {
            c.setQueryOptions(batchSize);
            return c.query(soql);
        });
        while (true) {
            for (SObject r : page.getRecords() == null ? new SObject[0] : page.getRecords()) {
                Object contactId = r.getField("ContactId");
                if (contactId != null) {
                    out.put(String.valueOf(contactId), r.getId());
                }
            }
            if (page.isDone() || page.getQueryLocator() == null) {
                return;
            }
            String locator = page.getQueryLocator();
            page = session.partner("queryMore", c -> c.queryMore(locator));
        }
    }

    /**
     * Adds the contacts with this status; a contact that is already a member (DUPLICATE_VALUE) counts as added, so
     * re-sending an add after a crash changes nothing.
     */
    List<Result> add(String campaignId, List<String> contactIds, String status) {
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < contactIds.size(); i += MAX_RECORDS_PER_CALL) {
            List<String> chunk = contactIds.subList(i, Math.min(contactIds.size(), i + MAX_RECORDS_PER_CALL));
            SObject[] members = new SObject[chunk.size()];
            for (int j = 0; j < chunk.size(); j++) {
                members[j] = new SObject("CampaignMember");
                members[j].setField("CampaignId", campaignId);
                members[j].setField("ContactId", chunk.get(j));
                members[j].setField("Status", status);
            }
            SaveResult[] saved = session.partner("create", c -> c.create(members));
            for (int j = 0; j < chunk.size(); j++) {
                results.add(result(chunk.get(j), saved[j].isSuccess(), saved[j].getErrors(), "DUPLICATE_VALUE"));
            }
        }
        return results;
    }

    /** Deletes members by CampaignMember id (contact id → member id); one already deleted counts as removed. */
    List<Result> remove(Map<String, String> memberIdByContact) {
        List<Result> results = new ArrayList<>();
        List<Map.Entry<String, String>> entries = new ArrayList<>(memberIdByContact.entrySet());
        for (int i = 0; i < entries.size(); i += MAX_RECORDS_PER_CALL) {
            List<Map.Entry<String, String>> chunk = entries.subList(i, Math.min(entries.size(), i + MAX_RECORDS_PER_CALL));
            String[] ids = chunk.stream().map(Map.Entry::getValue).toArray(String[]::new);
            DeleteResult[] deleted = session.partner("delete", c -> c.delete(ids));
            for (int j = 0; j < chunk.size(); j++) {
                results.add(result(chunk.get(j).getKey(), deleted[j].isSuccess(), deleted[j].getErrors(), "ENTITY_IS_DELETED"));
            }
        }
        return results;
    }

    private static Result result(String contactId, boolean success, Error[] errors, String harmless) {
        if (success || (errors != null && errors.length == 1 && harmless.equals(String.valueOf(errors[0].getStatusCode())))) {
            return new Result(contactId, null, false);
        }
        boolean retriable = errors != null && errors.length > 0;
        if (errors != null) {
            for (Error e : errors) {
                String code = String.valueOf(e.getStatusCode());
                retriable &= code.equals("UNABLE_TO_LOCK_ROW") || code.equals("REQUEST_RUNNING_TOO_LONG");
            }
        }
        return new Result(contactId, reason(errors), retriable);
    }

    private static String code(Error[] errors) {
        return errors == null || errors.length == 0 ? "UNKNOWN" : String.valueOf(errors[0].getStatusCode());
    }

    private static String reason(Error[] errors) {
        if (errors == null || errors.length == 0) {
            return "UNKNOWN: Salesforce gave no reason";
        }
        StringJoiner reason = new StringJoiner("; ");
        for (Error e : errors) {
            reason.add(e.getStatusCode() + ": " + e.getMessage());
        }
        return reason.toString();
    }
}
