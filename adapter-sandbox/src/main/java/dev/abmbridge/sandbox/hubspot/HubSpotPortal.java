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
        int[] companyColumns = columns(companies, "name", "domain", "website", "industry", "numberofemployees",
                "annualrevenue", "country", "city");
        int[] contactColumns = columns(contacts, "firstname", "lastname", "jobtitle", "phone", "hs_language", "company",
                "associatedcompanyid");
        for (DemoCompany company : data.companies()) {
            if (!company.inHubSpot()) {
                continue;
            }
            HubSpotRecord record = companies.create(base.plusMillis(++tick * step));
            record.set(companyColumns[0], company.name());
            record.set(companyColumns[1], company.domain());
            record.set(companyColumns[2], company.website());
            record.set(companyColumns[3], company.industry() == null ? null : company.industry().hubSpotValue());
            record.set(companyColumns[4], company.employees() == null ? null : String.valueOf(company.employees()));
            record.set(companyColumns[5], company.annualRevenue() == null ? null : String.valueOf(company.annualRevenue()));
            record.set(companyColumns[6], company.countryText());
            record.set(companyColumns[7], company.city());
            byCompany.put(company.index(), record);
        }
        for (DemoContact contact : data.contacts()) {
            HubSpotRecord company = byCompany.get(contact.companyIndex());
            if (company == null) {
                continue;
            }
            HubSpotRecord record = contacts.create(base.plusMillis(++tick * step));
            record.set(contactColumns[0], contact.firstName());
            record.set(contactColumns[1], contact.lastName());
            contacts.set(record, "email", contact.email()); // indexed: e-mail is unique in a portal
            record.set(contactColumns[2], contact.title());
            record.set(contactColumns[3], contact.phone());
            record.set(contactColumns[4], contact.language());
            record.set(contactColumns[5], company.get(companyColumns[0]));
            record.set(contactColumns[6], String.valueOf(company.id()));
            associate(record.id(), company.id());
        }
    }

    private static int[] columns(HubSpotObjectStore store, String... properties) {
        int[] out = new int[properties.length];
        for (int i = 0; i < properties.length; i++) {
            out[i] = store.catalog().column(properties[i]);
        }
        return out;
    }
}
