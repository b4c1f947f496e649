package dev.abmbridge.app.report;

import dev.abmbridge.core.file.RowError;
import dev.abmbridge.core.playbook.Playbook;
import dev.abmbridge.core.playbook.PlaybookLoader;
import dev.abmbridge.core.scoring.ScoringSummary;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreReportTest {

    private static final Playbook PLAYBOOK = new PlaybookLoader().load(Path.of("..", "examples", "playbook.yml"));

    private static Map<String, Long> counts(Object... pairs) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], ((Number) pairs[i + 1]).longValue());
        }
        return m;
    }

    private static ScoringSummary summary(List<RowError> errors) {
        return new ScoringSummary(200, 80, counts("Tier 1", 30, "Tier 2", 50, "no tier", 100, "disqualified", 20),
                counts("0-9", 20, "90-100", 10), counts("competitor", 20), counts("industry", 7),
                500, counts("Champion", 300, "End User", 200), counts("0%", 50, "100%", 150), 12, 3, 0,
                errors, List.of(), PLAYBOOK.hash());
    }

    @Test
    void showsTheCountsAChartPerTopicAndTheSkippedRows() {
        String html = ScoreReport.render(PLAYBOOK, summary(List.of(new RowError("accounts.csv", 59, "bad"))),
                ZonedDateTime.parse("2026-11-23T10:15:30Z"), List.of("examples/accounts.csv"));
        assertThat(html).contains("<b>200</b>accounts scored").contains("<b>80</b>ICP accounts (40.0%)")
                .contains("Accounts per tier").contains("Fit scores").contains("Data gaps")
                .contains("Contacts per buying role").contains("Buying-committee coverage")
                .contains("Rows skipped (1)").contains("<td>59</td>");
        // Bars are relative to the largest of their chart: "no tier" (100) is full, Tier 1 (30) a third of it.
        assertThat(html).containsPattern("Tier 1</span><span class=\"track\"><div class=\"fill\" style=\"width:30.0%\"")
                .containsPattern("no tier</span><span class=\"track\"><div class=\"fill\" style=\"width:100.0%\"");
        // Criteria are shown by their label, as a marketer knows them.
        assertThat(html).contains(PLAYBOOK.icp().criteria().get(0).label());
    }

    @Test
    void isSelfContainedAndEscapesWhatItShows() {
        String html = ScoreReport.render(PLAYBOOK,
                summary(List.of(new RowError("a.csv", 3, "<script>alert(1)</script>"))),
                ZonedDateTime.parse("2026-11-23T10:15:30Z"), List.of("a.csv"));
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;")
                .doesNotContainPattern("(src|href)=\"?https?:").doesNotContain("<link");
    }
}
