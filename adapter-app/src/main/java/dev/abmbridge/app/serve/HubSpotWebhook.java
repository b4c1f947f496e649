package dev.abmbridge.app.serve;

import dev.abmbridge.core.spi.RecordKind;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /webhooks/hubspot}: HubSpot's change events, checked against the v3 signature; the company and
 * contact ids they name are debounced into a re-sync of the configured connection. A request that fails the check
 * gets 401 and changes nothing. The endpoint needs no token (HubSpot cannot send one): the signature is its proof.
 */
@RestController
@ConditionalOnWebApplication
class HubSpotWebhook {

    static final String PATH = "/webhooks/hubspot";
    private static final Logger log = LoggerFactory.getLogger(HubSpotWebhook.class);

    private final HubSpotSignature signature;
    private final WebhookResyncs resyncs;
    private final String publicUrl;
    private final JsonMapper json = JsonMapper.builder().build();

    HubSpotWebhook(HubSpotSignature signature, WebhookResyncs resyncs, String publicUrl) {
        this.signature = signature;
        this.resyncs = resyncs;
        this.publicUrl = publicUrl;
    }

    @PostMapping(PATH)
    ResponseEntity<String> receive(HttpServletRequest request, @RequestBody(required = false) String body) {
        String problem = signature.problem(request.getMethod(), uri(request), body,
                request.getHeader("X-HubSpot-Signature-v3"), request.getHeader("X-HubSpot-Request-Timestamp"));
        if (problem != null) {
            log.warn("HubSpot webhook refused from {}: {}", request.getRemoteAddr(), problem);
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body("refused: " + problem + "\n");
        }
        Map<RecordKind, Set<String>> ids;
        try {
            ids = changedIds(json.readTree(body == null ? "[]" : body));
        } catch (JacksonException e) {
            return ResponseEntity.badRequest().body("the body is not a JSON array of HubSpot events\n");
        }
        resyncs.changed(ids);
        return ResponseEntity.noContent().build();
    }

    /** The URL HubSpot called: the configured public one (behind a proxy) or the request's own, with its query. */
    private String uri(HttpServletRequest request) {
        String base = publicUrl != null && !publicUrl.isBlank() ? publicUrl.strip()
                : request.getRequestURL().toString();
        return request.getQueryString() == null ? base : base + "?" + request.getQueryString();
    }

    /**
     * Companies and contacts by id: classic subscriptions say {@code company.*} or {@code contact.*}; generic
     * {@code object.*} ones give {@code objectTypeId} 0-2 (company) or 0-1 (contact). Other objects are ignored.
     */
    static Map<RecordKind, Set<String>> changedIds(JsonNode events) {
        Map<RecordKind, Set<String>> ids = new EnumMap<>(RecordKind.class);
        for (JsonNode e : events.isArray() ? events : java.util.List.of(events)) {
            String type = e.path("subscriptionType").asString("");
            String objectType = e.path("objectTypeId").asString("");
            RecordKind kind = type.startsWith("company.") || objectType.equals("0-2") ? RecordKind.ACCOUNT
                    : type.startsWith("contact.") || objectType.equals("0-1") ? RecordKind.CONTACT : null;
            JsonNode id = e.path("objectId");
            if (kind != null && !id.isMissingNode() && !id.isNull()) {
                ids.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(id.asString());
            }
        }
        return ids;
    }
}
