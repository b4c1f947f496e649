package dev.abmbridge.app.report;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import dev.abmbridge.core.file.RowError;
import dev.abmbridge.core.playbook.Criterion;
import dev.abmbridge.core.playbook.Playbook;
import dev.abmbridge.core.scoring.ScoringSummary;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code score} run as a self-contained HTML page for marketers: charts drawn with inline CSS, nothing
 * fetched from anywhere, every value HTML-escaped by the template engine.
 */
public final class ScoreReport {

    private static final int MAX_ROW_ERRORS = 100;
    private static final Template TEMPLATE = compile("/reports/score-report.mustache");

    /** One bar of a chart: label, count, share of the total and width relative to the largest bar. */
    public record Bar(String label, long count, String percent, String width) {
    }

    private ScoreReport() {
    }

    public static String render(Playbook playbook, ScoringSummary s, ZonedDateTime when, List<String> inputs) {
        Map<String, Object> model = new HashMap<>();
        model.put("playbookName", playbook.name().isEmpty() ? "(unnamed playbook)" : playbook.name());
        model.put("playbookHash", playbook.shortHash());
        model.put("generated", when.format(DateTimeFormatter.RFC_1123_DATE_TIME));
        model.put("inputs", inputs);
        model.put("accounts", String.format(Locale.ROOT, "%,d", s.accountsScored()));
        model.put("contacts", String.format(Locale.ROOT, "%,d", s.contactsScored()));
        model.put("icp", String.format(Locale.ROOT, "%,d", s.icpAccounts()));
        model.put("icpPercent", percent(s.icpAccounts(), s.accountsScored()));
        model.put("disqualified", String.format(Locale.ROOT, "%,d", s.disqualifiedBy().values().stream()
                .mapToLong(Long::longValue).sum()));
        model.put("matchedByDomain", String.format(Locale.ROOT, "%,d", s.contactsMatchedByDomain()));
        model.put("tiers", bars(s.accountsPerTier(), s.accountsScored()));
        model.put("histogram", bars(s.fitScoreHistogram(), s.accountsScored()));
        model.put("disqualifiers", bars(s.disqualifiedBy(), s.accountsScored()));
        model.put("hasDisqualifiers", !s.disqualifiedBy().isEmpty());
        model.put("gaps", bars(labelled(playbook, s.unknownPerCriterion()), s.accountsScored()));
        model.put("roles", bars(s.contactsPerRole(), s.contactsScored()));
        model.put("hasContacts", s.contactsScored() > 0);
        model.put("coverage", bars(s.coverageDistribution(), s.accountsScored()));
        model.put("hasCommittee", !s.coverageDistribution().isEmpty());
        model.put("committee", String.join(", ", playbook.buyingRoles().committee()));
        model.put("criteria", playbook.icp().criteria().stream()
                .map(c -> Map.of("label", c.label(), "weight", String.format(Locale.ROOT, "%+d", c.weight())))
                .toList());
        model.put("minScore", playbook.icp().minScore());
        List<RowError> errors = s.rowErrors();
        model.put("rowErrors", errors.stream().limit(MAX_ROW_ERRORS).toList());
        model.put("hasRowErrors", !errors.isEmpty());
        model.put("rowErrorCount", errors.size());
        model.put("moreRowErrors", errors.size() > MAX_ROW_ERRORS ? errors.size() - MAX_ROW_ERRORS : null);
        return TEMPLATE.execute(model);
    }

    private static Map<String, Long> labelled(Playbook playbook, Map<String, Long> byCriterionId) {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        for (Criterion c : playbook.icp().criteria()) {
            out.put(c.label(), Objects.requireNonNullElse(byCriterionId.get(c.id()), 0L));
        }
        return out;
    }

    static List<Bar> bars(Map<String, Long> counts, long total) {
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        counts.forEach((label, n) -> bars.add(new Bar(label, n, percent(n, total),
                max == 0 ? "0%" : String.format(Locale.ROOT, "%.1f%%", 100.0 * n / max))));
        return bars;
    }

    private static String percent(long part, long total) {
        return total == 0 ? "–" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / total);
    }

    private static Template compile(String resource) {
        try (Reader r = new InputStreamReader(Objects.requireNonNull(ScoreReport.class.getResourceAsStream(resource),
                resource), StandardCharsets.UTF_8)) {
            return Mustache.compiler().defaultValue("").compile(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
