package dev.abmbridge.app.serve;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import dev.abmbridge.app.runtime.RuntimeProperties;
import dev.abmbridge.app.serve.ServeConfiguration.ServedBridgeHolder;
import dev.abmbridge.core.engine.StoredAccountExplainer;
import dev.abmbridge.core.playbook.Playbook;
import dev.abmbridge.core.state.StateStore;
import dev.abmbridge.core.title.TitleParser;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.integration.jdbc.metadata.JdbcMetadataStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * The status page ({@code /}): one self-contained HTML page (inline CSS and SVG, no script, nothing fetched) with
 * the connections, recent runs, tier and fit-score charts, audiences, dead letters and {@code explain} for one
 * account ({@code /?account=<id or domain>}). Every value is HTML-escaped by the template engine.
 */
@RestController
@ConditionalOnWebApplication
class StatusPage {

    private static final Template TEMPLATE = compile("/serve/status.mustache");

    private final StateStore store;
    private final StatusReport report;
    private final ServedBridgeHolder bridge;
    private final ServeProperties properties;
    private final TitleParser titles = new TitleParser();
    private final Clock clock;

    StatusPage(StateStore store, JdbcMetadataStore abmMetadataStore, RuntimeProperties runtime,
               ServedBridgeHolder bridge, ServeProperties properties, Clock clock) {
        this.store = store;
        this.report = new StatusReport(store, abmMetadataStore, runtime);
        this.bridge = bridge;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping(value = "/", produces = MediaType.TEXT_HTML_VALUE)
    String status(@RequestParam(name = "account", required = false) String account) {
        Playbook playbook = bridge.bridge().playbook();
        Map<String, Object> model = report.model(playbook, properties.statusRuns(), clock.instant());
        String query = account == null ? null : account.strip();
        model.put("account", query);
        if (query != null && !query.isEmpty()) {
            if (playbook == null) {
                model.put("explainProblem", "No playbook is configured, so accounts cannot be explained.");
            } else {
                new StoredAccountExplainer(store, playbook, titles, bridge.bridge().sourcePrecedence()).explain(query)
                        .ifPresentOrElse(r -> model.put("explained", ExplainView.of(query, r)),
                                () -> model.put("explainProblem", "No account with the id or domain \"" + query
                                        + "\" has been synced yet."));
            }
        }
        return TEMPLATE.execute(model);
    }

    private static Template compile(String resource) {
        try (Reader reader = new InputStreamReader(Objects.requireNonNull(StatusPage.class.getResourceAsStream(resource),
                resource), StandardCharsets.UTF_8)) {
            return Mustache.compiler().defaultValue("").compile(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
