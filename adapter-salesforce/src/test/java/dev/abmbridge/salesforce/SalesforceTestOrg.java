package dev.abmbridge.salesforce;

import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.SaveResult;
import com.sforce.soap.partner.sobject.SObject;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.ConnectorConfig;
import dev.abmbridge.core.model.Account;
import dev.abmbridge.sandbox.Sandbox;
import dev.abmbridge.sandbox.salesforce.FieldAccess;
import dev.abmbridge.sandbox.salesforce.SalesforceField;
import dev.abmbridge.sandbox.salesforce.SalesforceFieldType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Test helpers around the sandbox's Salesforce org: a configured connector, an admin connection for seeding. */
final class SalesforceTestOrg {

    static final String SECRET_ENV = "ABM_TEST_SF_SECRET";

    private SalesforceTestOrg() {
    }

    static SalesforceConfig config(Sandbox sandbox) {
        return SalesforceConfig.of(SalesforceAuthConfig.clientCredentials(sandbox.salesforceUrl(), "abm-bridge",
                SecretRef.env(SECRET_ENV))).withApiReserve(0);
    }

    static SalesforceConnector connector(Sandbox sandbox, SalesforceConfig config) {
        return SalesforceConnector.create(config, name -> name.equals(SECRET_ENV) ? "s3cret-value" : null,
                sandbox.config().clock());
    }

    static SalesforceConnector connector(Sandbox sandbox) {
        return connector(sandbox, config(sandbox));
    }

    /** An admin's connection, outside the connector (its calls are not the connector's). */
    static PartnerConnection admin(Sandbox sandbox) {
        ConnectorConfig config = new ConnectorConfig();
        config.setSessionId(sandbox.salesforce().issueAccessToken());
        config.setServiceEndpoint(sandbox.salesforceUrl() + "/services/Soap/u/65.0");
        config.setAuthEndpoint(sandbox.salesforceUrl() + "/services/Soap/u/65.0");
        try {
            return new PartnerConnection(config);
        } catch (ConnectionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The owned fields as an admin would have created them, readable and editable by the API user. */
    static void defineOwnedFields(Sandbox sandbox) {
        var org = sandbox.salesforce().org();
        FieldAccess rw = new FieldAccess(true, true);
        org.defineCustomField("Account", number("ABM_Fit_Score__c", "ABM Fit Score", SalesforceFieldType.DOUBLE), rw);
        org.defineCustomField("Account", text("ABM_Tier__c", "ABM Tier", 80), rw);
        org.defineCustomField("Account", new SalesforceField("ABM_Is_ICP__c", "ABM Is ICP", SalesforceFieldType.BOOLEAN, 0, 0, 0,
                true, List.of(), false, false, true, true, true, null), rw); // nillable: the sandbox would require it on create
        org.defineCustomField("Account", new SalesforceField("ABM_Reason__c", "ABM Reason", SalesforceFieldType.TEXTAREA, 1000, 0,
                0, true, List.of(), false, false, true, true, true, null), rw);
        org.defineCustomField("Account", number("ABM_Coverage__c", "ABM Coverage", SalesforceFieldType.PERCENT), rw);
        org.defineCustomField("Account", text("ABM_Missing_Roles__c", "ABM Missing Roles", 255), rw);
        org.defineCustomField("Contact", text("ABM_Buying_Role__c", "ABM Buying Role", 80), rw);
        org.defineCustomField("Contact", text("ABM_Seniority__c", "ABM Seniority", 40), rw);
        org.defineCustomField("Contact", text("ABM_Function__c", "ABM Function", 40), rw);
    }

    static SalesforceField text(String name, String label, int length) {
        return new SalesforceField(name, label, SalesforceFieldType.STRING, length, 0, 0, true, List.of(), false, false, true, true,
                true, null);
    }

    static SalesforceField number(String name, String label, SalesforceFieldType type) {
        return new SalesforceField(name, label, type, 0, 3, 0, true, List.of(), false, false, true, true, true, null);
    }

    /** Creates accounts through the partner API, in the given order; returns their Salesforce ids. */
    static List<String> createAccounts(PartnerConnection admin, List<Account> accounts) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i += 200) {
            List<Account> chunk = accounts.subList(i, Math.min(accounts.size(), i + 200));
            SObject[] records = chunk.stream().map(SalesforceTestOrg::toSObject).toArray(SObject[]::new);
            try {
                for (SaveResult r : admin.create(records)) {
                    if (!r.isSuccess()) {
                        throw new IllegalStateException(r.getErrors()[0].getStatusCode() + ": " + r.getErrors()[0].getMessage());
                    }
                    ids.add(r.getId());
                }
            } catch (ConnectionException e) {
                throw new IllegalStateException(e);
            }
        }
        return ids;
    }

    static void update(PartnerConnection admin, String object, String id, Map<String, Object> values) {
        SObject record = new SObject(object);
        record.setId(id);
        values.forEach(record::setField);
        try {
            SaveResult r = admin.update(new SObject[] {record})[0];
            if (!r.isSuccess()) {
                throw new IllegalStateException(r.getErrors()[0].getStatusCode() + ": " + r.getErrors()[0].getMessage());
            }
        } catch (ConnectionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SObject toSObject(Account a) {
        SObject r = new SObject("Account");
        r.setField("Name", a.name());
        if (a.domain() != null) {
            r.setField("Website", a.domain());
        }
        if (a.industry() != null) {
            r.setField("Industry", a.industry());
        }
        if (a.employees() != null) {
            r.setField("NumberOfEmployees", String.valueOf(a.employees()));
        }
        if (a.country() != null) {
            r.setField("BillingCountry", a.country());
        }
        if (a.city() != null) {
            r.setField("BillingCity", a.city());
        }
        return r;
    }
}
