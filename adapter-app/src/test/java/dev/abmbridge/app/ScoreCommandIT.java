package dev.abmbridge.app;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dev.abmbridge.app.JarRunner.EXAMPLES;
import static org.assertj.core.api.Assertions.assertThat;

/** The README's score example, end to end: the packaged jar scores the shipped examples. */
class ScoreCommandIT {

    @TempDir
    static Path out;
    static JarRunner.Result result;

    @BeforeAll
    static void scoreTheExamples() throws Exception {
        result = JarRunner.run("score", "--playbook", EXAMPLES.resolve("playbook.yml").toString(),
                "--accounts", EXAMPLES.resolve("accounts.csv").toString(),
                "--contacts", EXAMPLES.resolve("contacts.csv").toString(), "--out", out.toString(),
                "--report", out.resolve("report.html").toString());
    }

    @Test
    void writesTheHtmlReportWhenAskedTo() throws Exception {
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<b>298</b>accounts scored").contains("Rows skipped (3)");
        assertThat(result.out()).contains("Wrote the report");
    }

    private static List<CSVRecord> read(String file) throws Exception {
        try (Reader r = Files.newBufferedReader(out.resolve(file), StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            assertThat(p.getHeaderNames()).isNotEmpty();
            return p.getRecords();
        }
    }

    private static List<String> header(String file) throws Exception {
        return List.of(Files.readAllLines(out.resolve(file)).get(0).split(","));
    }

    @Test
    void succeedsAndPrintsTheSummary() {
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Scored 298 accounts and 726 contacts")
                .contains("ICP accounts:").contains("Accounts per tier:").contains("Contacts per buying role:")
                .contains("Buying-committee coverage:").contains("per criterion");
    }

    @Test
    void reportsTheBrokenRowsWithTheirLinesAndGoesOn() {
        assertThat(result.err()).contains("Skipped 3 row(s)")
                .contains("accounts.csv:59:").contains("'lots'")
                .contains("accounts.csv:144:")
                .contains("accounts.csv:236:").contains("twelve million")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void accountsFileFollowsTheContractInInputOrder() throws Exception {
        assertThat(header("accounts-scored.csv")).containsExactly("id", "fitScore", "tier", "isIcp", "disqualifiedBy",
                "matched", "unknown", "coverage", "missingRoles");
        List<CSVRecord> rows = read("accounts-scored.csv");
        assertThat(rows).hasSize(298);
        assertThat(rows.get(0).get("id")).isEqualTo("A0001");
        List<String> ids = rows.stream().map(r -> r.get("id")).toList();
        assertThat(ids).doesNotContain("A0058", "A0234").isSorted();
        for (CSVRecord r : rows) {
            assertThat(Integer.parseInt(r.get("fitScore"))).isBetween(0, 100);
            assertThat(r.get("isIcp")).isIn("true", "false");
            assertThat(Integer.parseInt(r.get("coverage"))).isBetween(0, 100);
        }
        Map<String, CSVRecord> byId = rows.stream().collect(Collectors.toMap(r -> r.get("id"), Function.identity()));
        // A competitor with a Tier 1 override: disqualification wins.
        assertThat(byId.get("A0140").get("disqualifiedBy")).isEqualTo("competitor");
        assertThat(byId.get("A0140").get("tier")).isEmpty();
        assertThat(byId.get("A0140").get("fitScore")).isEqualTo("0");
        assertThat(byId.get("A0140").get("isIcp")).isEqualTo("false");
        // A manual override wins over the score.
        assertThat(byId.get("A0272").get("tier")).isEqualTo("Strategic");
        assertThat(byId.get("A0272").get("isIcp")).isEqualTo("true");
        // List columns are ;-separated in playbook order.
        assertThat(byId.get("A0001").get("matched")).doesNotContain(",");
    }

    @Test
    void contactsFileMatchesLeadsToAccountsByRegistrableDomainButNeverOnFreeMail() throws Exception {
        assertThat(header("contacts-scored.csv")).containsExactly("id", "accountId", "seniority", "function", "role",
                "matchedAccountId");
        Map<String, CSVRecord> byId = read("contacts-scored.csv").stream()
                .collect(Collectors.toMap(r -> r.get("id"), Function.identity()));
        assertThat(byId).hasSize(726);
        // jane.doe@eu.brightline.co.uk: subdomain of A0045's registrable domain
        assertThat(byId.get("C00471").get("matchedAccountId")).isEqualTo("A0045");
        // two accounts share vantora.com: the first in input order wins
        assertThat(byId.get("C00252").get("matchedAccountId")).isEqualTo("A0091");
        for (String freeMail : List.of("C00005", "C00058", "C00090", "C00105", "C00212")) {
            assertThat(byId.get(freeMail).get("matchedAccountId")).as(freeMail).isEmpty();
        }
        // Contacts that carry an accountId keep it and leave matchedAccountId empty.
        CSVRecord withAccount = byId.values().stream().filter(r -> !r.get("accountId").isEmpty()).findFirst()
                .orElseThrow();
        assertThat(withAccount.get("matchedAccountId")).isEmpty();
    }
}
