package dev.abmbridge.salesforce;

import dev.abmbridge.core.spi.RecordKind;
import dev.abmbridge.salesforce.mapping.SalesforceAccountMapper;
import dev.abmbridge.salesforce.mapping.SalesforceContactMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The SELECT list of a pull: Id and SystemModstamp, the standard fields the mapping reads, the declared custom
 * fields, and the owned fields (read back in the same query, so planning needs no second read). Standard and owned
 * fields the org does not have (or the API user cannot see) are left out instead of failing the query; a declared
 * custom field that is missing fails the query, since the playbook relies on it.
 */
final class SalesforceFieldList {

    private final SalesforceConfig config;
    private final SalesforceDescribe describe;

    SalesforceFieldList(SalesforceConfig config, SalesforceDescribe describe) {
        this.config = config;
        this.describe = describe;
    }

    List<String> fields(RecordKind kind) {
        Set<String> fields = new LinkedHashSet<>(List.of("Id", "SystemModstamp"));
        List<String> standard = new ArrayList<>(kind == RecordKind.ACCOUNT ? SalesforceAccountMapper.COLUMNS.keySet()
                : SalesforceContactMapper.COLUMNS.keySet());
        if (kind == RecordKind.CONTACT) {
            standard.add("Department");
        }
        for (String f : standard) {
            if (describe.field(kind, f).isPresent()) {
                fields.add(f);
            }
        }
        fields.addAll(config.customFields(kind));
        for (String owned : config.ownedFields(kind).values()) {
            if (describe.field(kind, owned).isPresent()) {
                fields.add(owned);
            }
        }
        return List.copyOf(fields);
    }
}
