package dev.abmbridge.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sforce.soap.metadata.CustomField;
import com.sforce.soap.metadata.CustomValue;
import com.sforce.soap.metadata.FieldType;
import com.sforce.soap.metadata.Metadata;
import com.sforce.soap.metadata.MetadataConnection;
import com.sforce.soap.metadata.PermissionSet;
import com.sforce.soap.metadata.PermissionSetFieldPermissions;
import com.sforce.soap.metadata.UpsertResult;
import com.sforce.soap.metadata.ValueSet;
import com.sforce.soap.metadata.ValueSetValuesDefinition;
import com.sforce.soap.partner.Field;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.SaveResult;
import com.sforce.soap.partner.fault.InvalidFieldFault;
import com.sforce.soap.partner.sobject.SObject;
import dev.abmbridge.sandbox.Sandbox;
import dev.abmbridge.sandbox.SandboxConfig;
import dev.abmbridge.sandbox.SandboxExtension;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SalesforceMetadataContractTest {

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension(SandboxConfig.defaults().withData(30, 30, 2));

    @Test
    void newCustomFieldIsInvisibleUntilAPermissionSetGrantsIt(Sandbox sandbox) throws Exception {
        String token = SalesforceClients.clientCredentialsToken(sandbox.salesforceUrl());
        MetadataConnection metadata = SalesforceClients.metadata(sandbox.salesforceUrl(), token);
        PartnerConnection partner = SalesforceClients.partner(sandbox.salesforceUrl(), token);

        CustomField score = new CustomField();
        score.setFullName("Account.ICP_Score__c");
        score.setLabel("ICP Score");
        score.setType(FieldType.Number);
        score.setPrecision(3);
        score.setScale(0);
        CustomField tier = picklist("Account.ICP_Tier__c", "ICP Tier", "Tier 1", "Tier 2", "Tier 3");
        UpsertResult[] created = metadata.upsertMetadata(new Metadata[] {score, tier});
        assertThat(created).allMatch(UpsertResult::isSuccess).allMatch(UpsertResult::isCreated);
        assertThat(created[0].getFullName()).isEqualTo("Account.ICP_Score__c");

        assertThat(fieldNames(partner)).doesNotContain("ICP_Score__c", "ICP_Tier__c");
        assertThatThrownBy(() -> partner.query("SELECT Id, ICP_Score__c FROM Account")).isInstanceOf(InvalidFieldFault.class);

        PermissionSet permissions = new PermissionSet();
        permissions.setFullName("ABM_Bridge_Integration");
        permissions.setLabel("ABM Bridge Integration");
        permissions.setFieldPermissions(new PermissionSetFieldPermissions[] {grant("Account.ICP_Score__c", true), grant("Account.ICP_Tier__c", false)});
        UpsertResult[] granted = metadata.upsertMetadata(new Metadata[] {permissions});
        assertThat(granted[0].isSuccess()).isTrue();

        Field scoreField = Arrays.stream(partner.describeSObject("Account").getFields())
                .filter(f -> f.getName().equals("ICP_Score__c")).findFirst().orElseThrow();
        assertThat(scoreField.isCustom()).isTrue();
        assertThat(scoreField.isUpdateable()).isTrue();
        assertThat(scoreField.getPrecision()).isEqualTo(3);
        Field tierField = Arrays.stream(partner.describeSObject("Account").getFields())
                .filter(f -> f.getName().equals("ICP_Tier__c")).findFirst().orElseThrow();
        assertThat(tierField.isUpdateable()).isFalse();
        assertThat(tierField.isRestrictedPicklist()).isTrue();

        String id = partner.query("SELECT Id, ICP_Score__c FROM Account LIMIT 1").getRecords()[0].getId();
        SObject write = new SObject("Account");
        write.setId(id);
        write.setField("ICP_Score__c", 87);
        SObject readOnly = new SObject("Account");
        readOnly.setId(id);
        readOnly.setField("ICP_Tier__c", "Tier 1");
        SaveResult[] results = partner.update(new SObject[] {write, readOnly});
        assertThat(results[0].isSuccess()).isTrue();
        assertThat(results[1].getErrors()[0].getStatusCode().toString()).isEqualTo("INVALID_FIELD_FOR_INSERT_UPDATE");
        assertThat(partner.query("SELECT ICP_Score__c FROM Account WHERE Id = '" + id + "'").getRecords()[0].getField("ICP_Score__c"))
                .isEqualTo("87.0");
    }

    @Test
    void upsertingAKnownFieldUpdatesItAndBadComponentsFail(Sandbox sandbox) throws Exception {
        MetadataConnection metadata = SalesforceClients.metadata(sandbox.salesforceUrl(),
                SalesforceClients.clientCredentialsToken(sandbox.salesforceUrl()));
        CustomField role = new CustomField();
        role.setFullName("Contact.ICP_Buying_Role__c");
        role.setLabel("Buying Role");
        role.setType(FieldType.Text);
        role.setLength(80);
        assertThat(metadata.upsertMetadata(new Metadata[] {role})[0].isCreated()).isTrue();
        assertThat(metadata.upsertMetadata(new Metadata[] {role})[0].isCreated()).isFalse();

        CustomField noLength = new CustomField();
        noLength.setFullName("Contact.Other__c");
        noLength.setLabel("Other");
        noLength.setType(FieldType.Text);
        CustomField unknownObject = new CustomField();
        unknownObject.setFullName("Widget__c.Size__c");
        unknownObject.setLabel("Size");
        unknownObject.setType(FieldType.Number);
        UpsertResult[] results = metadata.upsertMetadata(new Metadata[] {noLength, unknownObject});
        assertThat(results[0].isSuccess()).isFalse();
        assertThat(results[0].getErrors()[0].getStatusCode().toString()).isEqualTo("REQUIRED_FIELD_MISSING");
        assertThat(results[1].getErrors()[0].getStatusCode().toString()).isEqualTo("INVALID_CROSS_REFERENCE_KEY");
    }

    private static String[] fieldNames(PartnerConnection partner) throws Exception {
        return Arrays.stream(partner.describeSObject("Account").getFields()).map(Field::getName).toArray(String[]::new);
    }

    private static PermissionSetFieldPermissions grant(String field, boolean editable) {
        PermissionSetFieldPermissions permission = new PermissionSetFieldPermissions();
        permission.setField(field);
        permission.setReadable(true);
        permission.setEditable(editable);
        return permission;
    }

    private static CustomField picklist(String fullName, String label, String... values) {
        CustomField field = new CustomField();
        field.setFullName(fullName);
        field.setLabel(label);
        field.setType(FieldType.Picklist);
        ValueSet valueSet = new ValueSet();
        valueSet.setRestricted(true);
        ValueSetValuesDefinition definition = new ValueSetValuesDefinition();
        definition.setSorted(false);
        definition.setValue(Arrays.stream(values).map(v -> {
            CustomValue value = new CustomValue();
            value.setFullName(v);
            value.setLabel(v);
            value.setDefault(false);
            return value;
        }).toArray(CustomValue[]::new));
        valueSet.setValueSetDefinition(definition);
        field.setValueSet(valueSet);
        return field;
    }
}
