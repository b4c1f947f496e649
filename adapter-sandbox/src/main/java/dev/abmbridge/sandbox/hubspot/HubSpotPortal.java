package dev.abmbridge.sandbox.hubspot;

import dev.abmbridge.sandbox.generator.DemoCompany;
import dev.abmbridge.sandbox.generator.DemoContact;
import dev.abmbridge.sandbox.generator.DemoDataSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The state of one emulated HubSpot portal: companies, contacts, their properties, associations and lists. */
public final class HubSpotPortal {

    private final Clock clock;
    private final Map<HubSpotObjectType, HubSpotObjectStore> stores = new EnumMap<>(HubSpotObjectType.class);
    private final Map<Long, Set<Long>> companiesOfContact = new ConcurrentHashMap<>();
    private final Map<Long, Set<Long>> contactsOfCompany = new ConcurrentHashMap<>();
    private final Map<String, HubSpotList> lists = new LinkedHashMap<>();
    private final AtomicLong nextListId = new AtomicLong(601);

    public HubSpotPortal(Clock clock) {
        this.clock = clock;
        HubSpotObjectStore companies = new HubSpotObjectStore(HubSpotObjectType.COMPANIES, 5_300_000_001L);
        StandardProperties.companies(companies.catalog());
        HubSpotObjectStore contacts = new HubSpotObjectStore(HubSpotObjectType.CONTACTS, 81_000_001L);
        StandardProperties.contacts(contacts.catalog());
        stores.put(HubSpotObjectType.COMPANIES, companies);
        stores.put(HubSpotObjectType.CONTACTS, contacts);
    }

    public Clock clock() {
        return clock;
    }

    HubSpotObjectStore store(HubSpotObjectType type) {
        return stores.get(type);
    }

    public int size(HubSpotObjectType type) {
        return stores.get(type).size();
    }

    /** A stored property value (for test assertions). */
    public Optional<String> value(HubSpotObjectType type, String id, String property) {
        HubSpotObjectStore store = stores.get(type);
        return store.find(id).map(r -> store.value(r, property));
    }

    void associate(long contactId, long companyId) {
        companiesOfContact.computeIfAbsent(contactId, k -> new TreeSet<>()).add(companyId);
        contactsOfCompany.computeIfAbsent(companyId, k -> new TreeSet<>()).add(contactId);
    }

    Set<Long> associations(HubSpotObjectType from, long id) {
        Map<Long, Set<Long>> index = from == HubSpotObjectType.CONTACTS ? companiesOfContact : contactsOfCompany;
        return index.getOrDefault(id, Set.of());
    }

    synchronized HubSpotList createList(String name, HubSpotObjectType type, String processingType) {
        HubSpotList list = new HubSpotList(String.valueOf(nextListId.getAndIncrement()), name, type, processingType, clock.instant());
        lists.put(list.listId(), list);
        return list;
    }

    synchronized Optional<HubSpotList> list(String listId) {
        return Optional.ofNullable(lists.get(listId));
    }

    synchronized Optional<HubSpotList> listByName(HubSpotObjectType type, String name) {
        return lists.values().stream().filter(l -> l.objectType() == type && l.name().equalsIgnoreCase(name)).findFirst();
    }

    /** Loads the HubSpot share of a demo data set, with contacts associated to their companies. */
    public void seed(DemoDataSet data) {
        Instant base = clock.instant().minus(Duration.ofDays(30));
        HubSpotObjectStore companies = stores.get(HubSpotObjectType.COMPANIES);
        HubSpotObjectStore contacts = stores.get(HubSpotObjectType.CONTACTS);
        long step = Math.max(1, Duration.ofDays(29).toMillis() / Math.max(1, data.companies().size() + data.contacts().size()));
        long tick = 0;
        Map<Integer, HubSpotRecord> byCompany = new HashMap<>();
        for (DemoCompany company : data.companies()) {
            if (!company.inHubSpot()) {
                continue;
            }
            HubSpotRecord record = companies.create(base.plusMillis(++tick * step));
            put(companies, record, "name", company.name());
            put(companies, record, "domain", company.domain());
            put(companies, record, "website", company.website());
            put(companies, record, "industry", company.industry() == null ? null : company.industry().hubSpotValue());
            put(companies, record, "numberofemployees", company.employees() == null ? null : String.valueOf(company.employees()));
            put(companies, record, "annualrevenue", company.annualRevenue() == null ? null : String.valueOf(company.annualRevenue()));
            put(companies, record, "country", company.countryText());
            put(companies, record, "city", company.city());
            byCompany.put(company.index(), record);
        }
        for (DemoContact contact : data.contacts()) {
            HubSpotRecord company = byCompany.get(contact.companyIndex());
            if (company == null) {
                continue;
            }
            HubSpotRecord record = contacts.create(base.plusMillis(++tick * step));
            put(contacts, record, "firstname", contact.firstName());
            put(contacts, record, "lastname", contact.lastName());
            put(contacts, record, "email", contact.email());
            put(contacts, record, "jobtitle", contact.title());
            put(contacts, record, "phone", contact.phone());
            put(contacts, record, "hs_language", contact.language());
            put(contacts, record, "company", companies.value(company, "name"));
            put(contacts, record, "associatedcompanyid", String.valueOf(company.id()));
            associate(record.id(), company.id());
        }
    }

    private final Map<String, Integer> seedColumns = new HashMap<>();

    private void put(HubSpotObjectStore store, HubSpotRecord record, String property, String value) {
        if (property.equals("email")) {
            store.set(record, property, value);
            return;
        }
        record.set(seedColumns.computeIfAbsent(store.type().name() + "." + property, k -> store.catalog().column(property)), value);
    }
}
