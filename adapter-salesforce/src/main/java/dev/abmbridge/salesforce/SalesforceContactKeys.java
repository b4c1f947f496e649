package dev.abmbridge.salesforce;

import com.sforce.soap.partner.QueryResult;
import com.sforce.soap.partner.sobject.SObject;
import dev.abmbridge.core.state.SnapshotCodec;
import dev.abmbridge.salesforce.client.SalesforceSession;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Contact member keys (the SHA-256 of a normalized e-mail) to Salesforce Contact ids and back. A hash cannot be
 * searched for, so the first key not known yet triggers one read of every Contact's Id and Email (2,000 per call),
 * once per process; later keys are looked up in memory. Several contacts may share an e-mail: a key maps to all.
 */
final class SalesforceContactKeys {

    static final String SCAN = "SELECT Id, Email FROM Contact WHERE Email != null";

    private final SalesforceSession session;
    private final int batchSize;
    private final Map<String, Set<String>> idsByKey = new HashMap<>();
    private final Map<String, String> keyById = new HashMap<>();
    private boolean scanned;

    SalesforceContactKeys(SalesforceSession session, int batchSize) {
        this.session = session;
        this.batchSize = batchSize;
    }

    static String keyOf(String email) {
        return SnapshotCodec.sha256(email.strip().toLowerCase(Locale.ROOT));
    }

    /** Key → contact ids; keys without a Salesforce contact are absent. */
    synchronized Map<String, Set<String>> resolve(Collection<String> keys) {
        if (!scanned && !keys.stream().allMatch(idsByKey::containsKey)) {
            scan();
        }
        Map<String, Set<String>> out = new HashMap<>();
        for (String key : keys) {
            Set<String> ids = idsByKey.get(key);
            if (ids != null) {
                out.put(key, Set.copyOf(ids));
            }
        }
        return out;
    }

    /** Reads every contact's e-mail once, if not done yet. */
    synchronized void load() {
        if (!scanned) {
            scan();
        }
    }

    /** The key of a contact seen in the scan; null for a contact without an e-mail. */
    synchronized String keyOfContact(String contactId) {
        return keyById.get(contactId);
    }

    private void scan() {
        QueryResult page = session.partner("query", c -> {
            c.setQueryOptions(batchSize);
            return c.query(SCAN);
        });
        while (true) {
            for (SObject r : page.getRecords() == null ? new SObject[0] : page.getRecords()) {
                Object email = r.getField("Email");
                if (email != null && !String.valueOf(email).isBlank()) {
                    String key = keyOf(String.valueOf(email));
                    idsByKey.computeIfAbsent(key, k -> new TreeSet<>()).add(r.getId());
                    keyById.put(r.getId(), key);
                }
            }
            if (page.isDone() || page.getQueryLocator() == null) {
                break;
            }
            String locator = page.getQueryLocator();
            page = session.partner("queryMore", c -> c.queryMore(locator));
        }
        scanned = true;
    }
}
