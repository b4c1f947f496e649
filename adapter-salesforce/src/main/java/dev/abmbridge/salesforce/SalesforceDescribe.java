package dev.abmbridge.salesforce;

import com.sforce.soap.partner.DescribeSObjectResult;
import com.sforce.soap.partner.Field;
import dev.abmbridge.core.spi.RecordKind;
import dev.abmbridge.salesforce.client.SalesforceSession;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Account and Contact fields the API user can see, from one {@code describeSObjects} call, kept until
 * {@link #invalidate()} (after {@code setup} changed them). Describe honours field-level security: a field the user
 * cannot read is absent, exactly as it is to queries.
 */
public final class SalesforceDescribe {

    private final SalesforceSession session;
    private Map<RecordKind, Map<String, Field>> fields;

    public SalesforceDescribe(SalesforceSession session) {
        this.session = session;
    }

    public static String objectName(RecordKind kind) {
        return kind == RecordKind.ACCOUNT ? "Account" : "Contact";
    }

    public synchronized Optional<Field> field(RecordKind kind, String apiName) {
        return Optional.ofNullable(fields().get(kind).get(apiName.toLowerCase(Locale.ROOT)));
    }

    public synchronized void invalidate() {
        fields = null;
    }

    private Map<RecordKind, Map<String, Field>> fields() {
        if (fields == null) {
            DescribeSObjectResult[] results = session.partner("describeSObjects",
                    c -> c.describeSObjects(new String[] {"Account", "Contact"}));
            Map<RecordKind, Map<String, Field>> all = new EnumMap<>(RecordKind.class);
            for (DescribeSObjectResult result : results) {
                Map<String, Field> byName = new LinkedHashMap<>();
                for (Field f : result.getFields()) {
                    byName.put(f.getName().toLowerCase(Locale.ROOT), f);
                }
                all.put("Account".equalsIgnoreCase(result.getName()) ? RecordKind.ACCOUNT : RecordKind.CONTACT, byName);
            }
            all.putIfAbsent(RecordKind.ACCOUNT, Map.of());
            all.putIfAbsent(RecordKind.CONTACT, Map.of());
            fields = all;
        }
        return fields;
    }
}
