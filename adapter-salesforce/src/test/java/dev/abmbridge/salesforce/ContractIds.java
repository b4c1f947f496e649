package dev.abmbridge.salesforce;

import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.model.Contact;
import dev.abmbridge.core.spi.Cursor;
import dev.abmbridge.core.spi.InsightSink;
import dev.abmbridge.core.spi.Page;
import dev.abmbridge.core.spi.RecordKind;
import dev.abmbridge.core.spi.SourceConnector;
import dev.abmbridge.core.spi.SourceRecord;
import dev.abmbridge.core.spi.testing.IdTranslatingSink;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The contract suites name records ("a1", "s2"); Salesforce assigns its own ids. This maps the suite's ids to the ids
 * the sandbox org gave the seeded records and back, and nothing else: records, positions and outcomes pass through
 * the real connector unchanged. Seeding in the suite's id order keeps the two id orders the same.
 */
final class ContractIds {

    private final Map<String, String> toSalesforce = new HashMap<>();
    private final Map<String, String> toContract = new HashMap<>();

    void put(String contractId, String salesforceId) {
        toSalesforce.put(contractId, salesforceId);
        toContract.put(salesforceId, contractId);
    }

    String salesforce(String contractId) {
        return toSalesforce.getOrDefault(contractId, contractId);
    }

    String contract(String salesforceId) {
        return toContract.getOrDefault(salesforceId, salesforceId);
    }

    private Cursor salesforce(Cursor c) {
        return new Cursor(c.modifiedAt(), c.lastId().isEmpty() ? "" : salesforce(c.lastId()));
    }

    private SourceRecord<Account> contract(SourceRecord<Account> r) {
        Account a = r.record();
        Account renamed = new Account(contract(a.id()), a.source(), a.name(), a.domain(), a.industry(), a.employees(),
                a.annualRevenue(), a.country(), a.region(), a.state(), a.city(), a.type(), a.technologies(), a.engagement(),
                a.custom());
        return new SourceRecord<>(renamed, new Cursor(r.position().modifiedAt(), contract(r.position().lastId())), r.held(),
                r.linkedTo());
    }

    SourceConnector source(SourceConnector source) {
        return new SourceConnector() {
            @Override
            public String system() {
                return source.system();
            }

            @Override
            public Page<Account> accounts(Cursor after, int pageSize) {
                Page<Account> page = source.accounts(salesforce(after), pageSize);
                return new Page<>(page.records().stream().map(ContractIds.this::contract).toList(), page.last());
            }

            @Override
            public Page<Contact> contacts(Cursor after, int pageSize) {
                throw new UnsupportedOperationException("the contract suite reads accounts only");
            }

            @SuppressWarnings("unchecked")
            @Override
            public List<SourceRecord<?>> read(RecordKind kind, Collection<String> ids) {
                return source.read(kind, ids.stream().map(ContractIds.this::salesforce).toList()).stream()
                        .<SourceRecord<?>>map(r -> contract((SourceRecord<Account>) r)).toList();
            }
        };
    }

    InsightSink sink(InsightSink sink) {
        return new IdTranslatingSink(sink, this::salesforce, this::contract);
    }
}
