package dev.abmbridge.hubspot;

import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.model.Contact;
import dev.abmbridge.core.spi.Cursor;
import dev.abmbridge.core.spi.OwnedFields;
import dev.abmbridge.core.spi.Page;
import dev.abmbridge.core.spi.RecordKind;
import dev.abmbridge.core.spi.SourceConnector;
import dev.abmbridge.core.spi.SourceRecord;
import dev.abmbridge.hubspot.client.HubSpotClient;
import dev.abmbridge.hubspot.mapping.HubSpotOwnedValues;
import dev.abmbridge.hubspot.mapping.HubSpotRecordMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads companies and contacts changed since a cursor through CRM search (modified property ascending, 200 per
 * call), reading past search's 10,000-result cap by always moving the lower bound instead of paging with
 * {@code after} (see {@link HubSpotSearchPager}); batch read (100 per call) for targeted re-syncs; the owned
 * property values come back in the same calls. While the engine stores one page, the next is already being read
 * ({@link SearchReadAhead}); the records are mapped when the engine takes them.
 */
public final class HubSpotSourceConnector implements SourceConnector {

    private static final List<String> COMPANY_PROPERTIES = List.of("name", "domain", "website", "industry", "numberofemployees",
            "annualrevenue", "country", "state", "city", "type", "address", "zip", "hs_lastmodifieddate");
    private static final List<String> CONTACT_PROPERTIES = List.of("email", "firstname", "lastname", "jobtitle", "country",
            "address", "city", "state", "zip", "associatedcompanyid", "lastmodifieddate");
    private static final int BATCH_READ = 100;
    private static final String ASSOCIATED_COMPANY = "associatedcompanyid";

    private final HubSpotConnection connection;
    private final HubSpotClient client;
    private final HubSpotSearchPager pager;
    private final HubSpotContactCompanies companies;
    private final SearchReadAhead<FetchedPage> readAhead;

    /**
     * What the calls of one page read: the search hits and, for contacts, their company ids. Reading it has no side
     * effect on the connection, so it can run ahead of the engine.
     */
    private record FetchedPage(HubSpotSearchPager.Result result, Map<String, String> accountIds) {
    }

    public HubSpotSourceConnector(HubSpotConnection connection) {
        this.connection = connection;
        this.client = connection.client();
        this.pager = new HubSpotSearchPager(client, connection.clock(), connection.config().searchSettle());
        this.companies = new HubSpotContactCompanies(client);
        this.readAhead = new SearchReadAhead<>(this::fetch, HubSpotSourceConnector::following);
    }

    @Override
    public String system() {
        return HubSpotConnection.SYSTEM;
    }

    @Override
    public Page<Account> accounts(Cursor after, int pageSize) {
        HubSpotSearchPager.Result result = readAhead.page(new SearchReadAhead.PageRequest(RecordKind.ACCOUNT, after, pageSize)).result();
        List<SourceRecord<Account>> records = new ArrayList<>();
        for (HubSpotSearchPager.Hit hit : result.hits()) {
            records.add(account(hit.node(), hit.position()));
        }
        return new Page<>(records, result.last());
    }

    @Override
    public Page<Contact> contacts(Cursor after, int pageSize) {
        FetchedPage fetched = readAhead.page(new SearchReadAhead.PageRequest(RecordKind.CONTACT, after, pageSize));
        HubSpotSearchPager.Result result = fetched.result();
        Map<String, String> accountIds = fetched.accountIds();
        List<SourceRecord<Contact>> records = new ArrayList<>();
        for (HubSpotSearchPager.Hit hit : result.hits()) {
            records.add(contact(hit.node(), hit.position(), accountIds));
        }
        return new Page<>(records, result.last());
    }

    private FetchedPage fetch(SearchReadAhead.PageRequest request) {
        HubSpotSearchPager.Result result = pager.page(request.kind(), properties(request.kind()), request.after(), request.pageSize());
        Map<String, String> accountIds = request.kind() == RecordKind.CONTACT
                ? accountIds(result.hits().stream().map(HubSpotSearchPager.Hit::node).toList()) : Map.of();
        return new FetchedPage(result, accountIds);
    }

    /** The engine's next request after a page: the records after its last one (none after the last page). */
    private static SearchReadAhead.PageRequest following(SearchReadAhead.PageRequest request, FetchedPage page) {
        List<HubSpotSearchPager.Hit> hits = page.result().hits();
        if (page.result().last() || hits.isEmpty()) {
            return null;
        }
        return new SearchReadAhead.PageRequest(request.kind(), hits.get(hits.size() - 1).position(), request.pageSize());
    }

    @Override
    public List<SourceRecord<?>> read(RecordKind kind, Collection<String> ids) {
        List<String> unique = new ArrayList<>(new LinkedHashSet<>(ids));
        List<JsonNode> nodes = new ArrayList<>();
        for (int i = 0; i < unique.size(); i += BATCH_READ) {
            List<String> chunk = unique.subList(i, Math.min(unique.size(), i + BATCH_READ));
            Map<String, Object> body = new HashMap<>();
            body.put("properties", properties(kind));
            body.put("propertiesWithHistory", List.of());
            body.put("inputs", chunk.stream().map(id -> Map.of("id", id)).toList());
            JsonNode reply = client.post(client.objects(HubSpotConnection.objectType(kind) + "/batch/read?archived=false"), body).body();
            JsonNode results = reply.get("results");
            if (results != null) {
                results.forEach(nodes::add);
            }
        }
        List<SourceRecord<?>> records = new ArrayList<>();
        Map<String, String> accountIds = kind == RecordKind.CONTACT ? accountIds(nodes) : Map.of();
        for (JsonNode node : nodes) {
            Cursor position = HubSpotSearchPager.position(node, HubSpotConnection.modifiedProperty(kind));
            records.add(kind == RecordKind.ACCOUNT ? account(node, position) : contact(node, position, accountIds));
        }
        return records;
    }

    List<String> properties(RecordKind kind) {
        HubSpotConfig config = connection.config();
        LinkedHashSet<String> names = new LinkedHashSet<>(kind == RecordKind.ACCOUNT ? COMPANY_PROPERTIES : CONTACT_PROPERTIES);
        if (kind == RecordKind.ACCOUNT) {
            names.addAll(config.companyProperties().values());
            if (config.salesforceIdProperty() != null && !config.salesforceIdProperty().isBlank()) {
                names.add(config.salesforceIdProperty());
            }
        } else {
            names.addAll(config.contactProperties().values());
            names.add(HubSpotBuyingRoles.PROPERTY);
        }
        return List.copyOf(names);
    }

    private SourceRecord<Account> account(JsonNode node, Cursor position) {
        Map<String, String> p = HubSpotSearchPager.properties(node);
        String industry = p.get("industry");
        if (industry != null) {
            p.put("industry", industryLabel(industry));
        }
        Account account = HubSpotRecordMapper.account(node.get("id").asString(), p);
        connection.members().seenCompany(account.id(), account.domain());
        Map<String, String> held = HubSpotOwnedValues.held(connection.config().companyProperties(), p);
        String sfProperty = connection.config().salesforceIdProperty();
        String sfId = sfProperty == null || sfProperty.isBlank() ? null : p.get(sfProperty);
        return new SourceRecord<>(account, position, held, sfId == null || sfId.isBlank() ? null : "salesforce:" + sfId.trim());
    }

    private SourceRecord<Contact> contact(JsonNode node, Cursor position, Map<String, String> accountIds) {
        Map<String, String> p = HubSpotSearchPager.properties(node);
        String id = node.get("id").asString();
        Contact contact = HubSpotRecordMapper.contact(id, accountIds.get(id), p);
        connection.members().seenContact(id, contact.email());
        String nativeRoles = p.get(HubSpotBuyingRoles.PROPERTY);
        connection.buyingRoles().put(id, new HubSpotBuyingRoles.Seen(nativeRoles,
                p.get(connection.config().contactProperties().get(OwnedFields.ROLE))));
        return new SourceRecord<>(contact, position, HubSpotOwnedValues.held(connection.config().contactProperties(), p));
    }

    /** The industry option's label in this portal ({@code COMPUTER_SOFTWARE} → {@code Computer Software}), else the value. */
    private String industryLabel(String value) {
        return connection.definitions().find("companies", "industry").map(d -> d.labels().getOrDefault(value, value)).orElse(value);
    }

    /** Contact id → company id: the primary company property, else (when enabled) one association batch read. */
    private Map<String, String> accountIds(List<JsonNode> contacts) {
        Map<String, String> ids = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (JsonNode node : contacts) {
            String id = node.get("id").asString();
            String company = HubSpotSearchPager.properties(node).get(ASSOCIATED_COMPANY);
            if (company != null && !company.isBlank()) {
                ids.put(id, HubSpotOwnedValues.canonicalNumber(company.trim()));
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty() && connection.config().lookUpAssociations()) {
            ids.putAll(companies.companiesOf(missing));
        }
        return ids;
    }
}
