package dev.abmbridge.hubspot;

import dev.abmbridge.core.spi.InsightSink;
import dev.abmbridge.core.spi.Outcome;
import dev.abmbridge.core.spi.OwnedFields;
import dev.abmbridge.core.spi.RateLimit;
import dev.abmbridge.core.spi.RecordKind;
import dev.abmbridge.core.spi.RecordUpdate;
import dev.abmbridge.hubspot.client.HubSpotApiException;
import dev.abmbridge.hubspot.client.HubSpotClient;
import dev.abmbridge.hubspot.client.HubSpotReply;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes owned fields with {@code batch/update} (100 records per call, one call per batch): the custom properties
 * of the {@code abm} group and, when enabled, the native {@code hs_is_target_account}, {@code hs_ideal_customer_profile}
 * and {@code hs_buying_role} (merged, see {@link HubSpotBuyingRoles}). Values are checked against the live property
 * definitions first (a value the portal would refuse rejects that record only, without a call); a 207 gives each
 * input its own outcome.
 */
public final class HubSpotInsightSink implements InsightSink {

    static final String TARGET_ACCOUNT = "hs_is_target_account";
    static final String ICP_TIER = "hs_ideal_customer_profile";
    static final int BATCH = 100;

    private final HubSpotConnection connection;
    private final HubSpotConfig config;
    private final HubSpotClient client;
    private final HubSpotValueCheck check;
    private final HubSpotBatchOutcomes outcomes = new HubSpotBatchOutcomes();

    public HubSpotInsightSink(HubSpotConnection connection) {
        this.connection = connection;
        this.config = connection.config();
        this.client = connection.client();
        this.check = new HubSpotValueCheck(connection.definitions());
    }

    @Override
    public String system() {
        return HubSpotConnection.SYSTEM;
    }

    @Override
    public int maxBatchSize() {
        return BATCH;
    }

    @Override
    public RateLimit rateLimit() {
        return connection.rateLimit();
    }

    @Override
    public List<Outcome> write(List<RecordUpdate> updates) {
        if (updates.size() > BATCH) {
            throw new IllegalArgumentException("at most " + BATCH + " updates per call, got " + updates.size());
        }
        List<Outcome> result = new ArrayList<>();
        for (RecordKind kind : RecordKind.values()) {
            List<RecordUpdate> ofKind = updates.stream().filter(u -> u.kind() == kind).toList();
            if (!ofKind.isEmpty()) {
                result.addAll(write(kind, ofKind));
            }
        }
        return result;
    }

    private List<Outcome> write(RecordKind kind, List<RecordUpdate> updates) {
        String objectType = HubSpotConnection.objectType(kind);
        List<Outcome> result = new ArrayList<>();
        Map<String, Map<String, String>> inputs = new LinkedHashMap<>();
        Map<String, HubSpotBuyingRoles.Seen> seen = kind == RecordKind.CONTACT ? buyingRolesSeen(updates) : Map.of();
        for (RecordUpdate u : updates) {
            Map<String, String> properties = kind == RecordKind.ACCOUNT ? companyProperties(u) : contactProperties(u, seen.get(u.id()));
            String problem = check.problem(objectType, properties);
            if (problem != null) {
                result.add(Outcome.rejected(u.id(), problem));
            } else {
                inputs.put(u.id(), properties);
            }
        }
        if (!inputs.isEmpty()) {
            List<Outcome> sent = send(objectType, inputs);
            result.addAll(sent);
            if (kind == RecordKind.CONTACT) {
                remember(sent, inputs, seen);
            }
        }
        return result;
    }

    private List<Outcome> send(String objectType, Map<String, Map<String, String>> inputs) {
        List<Map<String, Object>> body = new ArrayList<>();
        inputs.forEach((id, properties) -> body.add(Map.of("id", id, "objectWriteTraceId", id, "properties", properties)));
        try {
            HubSpotReply reply = client.post(client.objects(objectType + "/batch/update"), Map.of("inputs", body));
            return outcomes.of(inputs.keySet(), reply);
        } catch (HubSpotApiException e) {
            if (e.kind() != HubSpotApiException.Kind.REJECTED) {
                throw e;
            }
            if (inputs.size() == 1) {
                return List.of(Outcome.rejected(inputs.keySet().iterator().next(), e.getMessage()));
            }
            // The whole batch was refused for one input: halve it so the batch-mates still land.
            List<String> ids = new ArrayList<>(inputs.keySet());
            Map<String, Map<String, String>> first = new LinkedHashMap<>();
            Map<String, Map<String, String>> second = new LinkedHashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                (i < ids.size() / 2 ? first : second).put(ids.get(i), inputs.get(ids.get(i)));
            }
            List<Outcome> out = new ArrayList<>(send(objectType, first));
            out.addAll(send(objectType, second));
            return out;
        }
    }

    Map<String, String> companyProperties(RecordUpdate u) {
        Map<String, String> p = new LinkedHashMap<>();
        u.fields().forEach((field, value) -> {
            String property = config.companyProperties().get(field);
            if (property == null) {
                throw new IllegalArgumentException("not an owned account field: " + field);
            }
            p.put(property, value == null ? "" : value);
            if (field.equals(OwnedFields.IS_ICP) && config.nativeTargetAccount()) {
                p.put(TARGET_ACCOUNT, value == null ? "" : value);
            }
            if (field.equals(OwnedFields.TIER) && config.nativeIcpTier()) {
                p.put(ICP_TIER, value == null ? "" : config.tierValues().getOrDefault(value, ""));
            }
        });
        return p;
    }

    Map<String, String> contactProperties(RecordUpdate u, HubSpotBuyingRoles.Seen seen) {
        Map<String, String> p = new LinkedHashMap<>();
        u.fields().forEach((field, value) -> {
            String property = config.contactProperties().get(field);
            if (property == null) {
                throw new IllegalArgumentException("not an owned contact field: " + field);
            }
            p.put(property, value == null ? "" : value);
            if (field.equals(OwnedFields.ROLE) && config.nativeBuyingRole()) {
                p.put(HubSpotBuyingRoles.PROPERTY, HubSpotBuyingRoles.merge(seen == null ? null : seen.nativeValues(),
                        seen == null ? null : seen.ourRole(), value, config.buyingRoleValues(), config.removeUnmanagedBuyingRoles()));
            }
        });
        return p;
    }

    /** The native buying roles of the contacts whose role changes: from the last pull, else one batch read. */
    private Map<String, HubSpotBuyingRoles.Seen> buyingRolesSeen(List<RecordUpdate> updates) {
        Map<String, HubSpotBuyingRoles.Seen> seen = new HashMap<>();
        if (!config.nativeBuyingRole()) {
            return seen;
        }
        List<String> unknown = new ArrayList<>();
        for (RecordUpdate u : updates) {
            if (u.fields().containsKey(OwnedFields.ROLE)) {
                HubSpotBuyingRoles.Seen s = connection.buyingRoles().get(u.id());
                if (s != null) {
                    seen.put(u.id(), s);
                } else {
                    unknown.add(u.id());
                }
            }
        }
        if (!unknown.isEmpty()) {
            String ourRole = config.contactProperties().get(OwnedFields.ROLE);
            Map<String, Object> body = Map.of("properties", List.of(HubSpotBuyingRoles.PROPERTY, ourRole), "propertiesWithHistory", List.of(),
                    "inputs", unknown.stream().map(id -> Map.of("id", id)).toList());
            HubSpotReply reply = client.post(client.objects("contacts/batch/read?archived=false"), body);
            reply.body().path("results").forEach(r -> {
                Map<String, String> props = HubSpotSearchPager.properties(r);
                seen.put(r.get("id").asString(), new HubSpotBuyingRoles.Seen(props.get(HubSpotBuyingRoles.PROPERTY), props.get(ourRole)));
            });
        }
        return seen;
    }

    private void remember(List<Outcome> sent, Map<String, Map<String, String>> inputs, Map<String, HubSpotBuyingRoles.Seen> seen) {
        String ourRole = config.contactProperties().get(OwnedFields.ROLE);
        for (Outcome o : sent) {
            Map<String, String> written = inputs.get(o.id());
            if (o.status() == Outcome.Status.OK && written != null && written.containsKey(ourRole)) {
                String nativeValues = written.getOrDefault(HubSpotBuyingRoles.PROPERTY,
                        seen.containsKey(o.id()) ? seen.get(o.id()).nativeValues() : null);
                connection.buyingRoles().put(o.id(), new HubSpotBuyingRoles.Seen(nativeValues, written.get(ourRole)));
            }
        }
    }
}
