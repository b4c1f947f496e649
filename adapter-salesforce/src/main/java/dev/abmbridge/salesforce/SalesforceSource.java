package dev.abmbridge.salesforce;

import com.sforce.soap.partner.DeletedRecord;
import com.sforce.soap.partner.Field;
import com.sforce.soap.partner.GetDeletedResult;
import com.sforce.soap.partner.QueryResult;
import com.sforce.soap.partner.sobject.SObject;
import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.model.Contact;
import dev.abmbridge.core.spi.Cursor;
import dev.abmbridge.core.spi.Page;
import dev.abmbridge.core.spi.RecordKind;
import dev.abmbridge.core.spi.SourceConnector;
import dev.abmbridge.core.spi.SourceRecord;
import dev.abmbridge.salesforce.client.SalesforceSession;
import dev.abmbridge.salesforce.client.SoqlQuery;
import dev.abmbridge.salesforce.mapping.SalesforceAccountMapper;
import dev.abmbridge.salesforce.mapping.SalesforceContactMapper;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Function;

/**
 * Reads Accounts and Contacts changed after a cursor: one keyset query per page
 * ({@code SystemModstamp > t OR (SystemModstamp = t AND Id > 'id') ORDER BY SystemModstamp, Id LIMIT n + 1}), queryMore
 * while the page is not full, owned-field values read back in the same query. Stores no position. When more than
 * {@code salesforce.bulk-read-threshold} records remain after a page (the limit is raised by the threshold so that the
 * query's size tells), the rest is read with one Bulk API 1.0 query job and handed out in pages from memory.
 */
public final class SalesforceSource implements SourceConnector {

    static final int IDS_PER_QUERY = 200;

    private final SalesforceSession session;
    private final SalesforceConfig config;
    private final SalesforceDescribe describe;
    private final SalesforceFieldList fieldList;
    private final SalesforceBulkReader bulkReader;
    private final Map<RecordKind, Spool> spools = new EnumMap<>(RecordKind.class);

    public SalesforceSource(SalesforceSession session, SalesforceConfig config, SalesforceDescribe describe) {
        this.session = session;
        this.config = config;
        this.describe = describe;
        this.fieldList = new SalesforceFieldList(config, describe);
        this.bulkReader = new SalesforceBulkReader(session);
    }

    @Override
    public String system() {
        return SalesforceConnector.SYSTEM;
    }

    @Override
    public Page<Account> accounts(Cursor after, int pageSize) {
        return page(RecordKind.ACCOUNT, after, pageSize, r -> SalesforceAccountMapper.toAccount(r, config.accountCustomFields()));
    }

    @Override
    public Page<Contact> contacts(Cursor after, int pageSize) {
        return page(RecordKind.CONTACT, after, pageSize, r -> SalesforceContactMapper.toContact(r, config.contactCustomFields()));
    }

    @Override
    public List<SourceRecord<?>> read(RecordKind kind, Collection<String> ids) {
        List<String> fields = fieldList.fields(kind);
        List<String> unique = ids.stream().filter(SalesforceSource::isSalesforceId).distinct().toList();
        Function<SObject, ?> mapper = kind == RecordKind.ACCOUNT
                ? x -> SalesforceAccountMapper.toAccount(x, config.accountCustomFields())
                : x -> SalesforceContactMapper.toContact(x, config.contactCustomFields());
        List<SourceRecord<?>> out = new ArrayList<>();
        for (int i = 0; i < unique.size(); i += IDS_PER_QUERY) {
            String soql = SoqlQuery.byIds(SalesforceDescribe.objectName(kind), fields,
                    unique.subList(i, Math.min(unique.size(), i + IDS_PER_QUERY)));
            for (SObject r : queryAll(soql, Integer.MAX_VALUE)) {
                out.add(toRecord(kind, r, mapper));
            }
        }
        return out;
    }

    /** Records deleted in {@code [start, end]} (getDeleted keeps about 15 days). */
    public SalesforceDeletions deleted(RecordKind kind, Instant start, Instant end) {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("a deletion window must start before it ends");
        }
        String object = SalesforceDescribe.objectName(kind);
        GetDeletedResult result;
        try {
            result = session.partner("getDeleted", c -> c.getDeleted(object, calendar(start), calendar(end)));
        } catch (SalesforceApiException e) {
            if (e.code().equals("INVALID_REPLICATION_DATE")) {
                return new SalesforceDeletions(List.of(), start, true);
            }
            throw e;
        }
        List<String> ids = new ArrayList<>();
        if (result.getDeletedRecords() != null) {
            for (DeletedRecord d : result.getDeletedRecords()) {
                ids.add(d.getId());
            }
        }
        Instant earliest = result.getEarliestDateAvailable() == null ? null : result.getEarliestDateAvailable().toInstant();
        Instant covered = result.getLatestDateCovered() == null ? end : result.getLatestDateCovered().toInstant();
        return new SalesforceDeletions(ids, covered, earliest != null && earliest.isAfter(start));
    }

    /** Every live id of one kind, for reconciling deletions once getDeleted's window has passed. */
    public List<String> allIds(RecordKind kind) {
        List<String> ids = new ArrayList<>();
        for (SObject r : queryAll("SELECT Id FROM " + SalesforceDescribe.objectName(kind) + " ORDER BY Id", Integer.MAX_VALUE)) {
            ids.add(r.getId());
        }
        return ids;
    }

    /**
     * One keyset page. The query asks for one row more than the page ({@code LIMIT pageSize + 1}) but reads only
     * {@code pageSize} rows: the result's size then tells whether anything follows, so the last page is known without
     * a further, empty query (a full read costs ceil(n / page size) queries, not one more).
     */
    private <T> Page<T> page(RecordKind kind, Cursor after, int pageSize, Function<SObject, T> mapper) {
        Spool spool = spools.remove(kind);
        if (spool != null && spool.after().equals(after)) {
            return fromSpool(kind, spool, pageSize, mapper);
        }
        String object = SalesforceDescribe.objectName(kind);
        List<String> fields = fieldList.fields(kind);
        int threshold = config.bulkReadThreshold();
        long wanted = (long) pageSize + 1 + (threshold > 0 ? threshold : 0);
        int limit = (int) Math.min(Integer.MAX_VALUE, wanted);
        QueryRows read = query(SoqlQuery.keysetPage(object, fields, after, limit), pageSize);
        List<SObject> rows = read.rows().size() > pageSize ? read.rows().subList(0, pageSize) : read.rows();
        List<SourceRecord<T>> records = new ArrayList<>(rows.size());
        for (SObject r : rows) {
            records.add(toRecord(kind, r, mapper));
        }
        boolean more = read.size() > pageSize;
        if (threshold > 0 && read.size() > (long) pageSize + threshold && !records.isEmpty()) {
            // More than the threshold remain after this page: the rest comes in one Bulk API query job, kept here and
            // handed out page by page as long as the engine asks for the page that follows.
            Cursor last = records.get(records.size() - 1).position();
            List<SObject> rest = bulkReader.query(object, SoqlQuery.keysetAll(object, fields, last));
            more = !rest.isEmpty();
            if (more) {
                spools.put(kind, new Spool(last, new ArrayDeque<>(rest)));
            }
        }
        return new Page<>(records, !more);
    }

    /** Rows of a Bulk query not handed out yet, and the position they follow. */
    private record Spool(Cursor after, ArrayDeque<SObject> rows) {
    }

    private <T> Page<T> fromSpool(RecordKind kind, Spool spool, int pageSize, Function<SObject, T> mapper) {
        List<SourceRecord<T>> records = new ArrayList<>(Math.min(pageSize, spool.rows().size()));
        while (records.size() < pageSize && !spool.rows().isEmpty()) {
            records.add(toRecord(kind, spool.rows().poll(), mapper));
        }
        if (spool.rows().isEmpty()) {
            return new Page<>(records, true);
        }
        spools.put(kind, new Spool(records.get(records.size() - 1).position(), spool.rows()));
        return new Page<>(records, false);
    }

    /** query, then queryMore until done or {@code max} rows are in hand. */
    private List<SObject> queryAll(String soql, int max) {
        return query(soql, max).rows();
    }

    /** The rows read and the size Salesforce reported for the whole query. */
    private record QueryRows(List<SObject> rows, int size) {
    }

    private QueryRows query(String soql, int max) {
        int batch = config.queryBatchSize();
        QueryResult result = session.partner("query", c -> {
            c.setQueryOptions(batch);
            return c.query(soql);
        });
        int size = result.getSize();
        List<SObject> rows = new ArrayList<>();
        while (true) {
            if (result.getRecords() != null) {
                rows.addAll(List.of(result.getRecords()));
            }
            if (result.isDone() || result.getQueryLocator() == null || rows.size() >= max) {
                return new QueryRows(rows, Math.max(size, rows.size()));
            }
            String locator = result.getQueryLocator();
            result = session.partner("queryMore", c -> c.queryMore(locator));
        }
    }

    private <T> SourceRecord<T> toRecord(RecordKind kind, SObject r, Function<SObject, T> mapper) {
        Instant modified = Instant.parse(String.valueOf(r.getField("SystemModstamp")));
        Map<String, String> held = new HashMap<>();
        config.ownedFields(kind).forEach((owned, apiName) -> {
            Field field = describe.field(kind, apiName).orElse(null);
            if (field != null) {
                String value = SalesforceValueFitter.readBack(field, r.getField(field.getName()));
                if (value != null) {
                    held.put(owned, value);
                }
            }
        });
        return new SourceRecord<>(mapper.apply(r), new Cursor(modified, r.getId()), held);
    }

    /** 15 or 18 letters and digits: anything else cannot be a record id (and would fail the query). */
    static boolean isSalesforceId(String id) {
        return id != null && (id.length() == 15 || id.length() == 18) && id.chars().allMatch(Character::isLetterOrDigit);
    }

    private static Calendar calendar(Instant instant) {
        Calendar c = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(instant.toEpochMilli());
        return c;
    }
}
