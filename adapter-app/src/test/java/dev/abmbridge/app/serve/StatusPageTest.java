package dev.abmbridge.app.serve;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The status page's HTML after real runs (the browser test checks what Chromium renders of it). */
class StatusPageTest {

    private static ServeTestServer server;

    @BeforeAll
    static void syncTwice() throws Exception {
        server = ServeTestServer.start(Map.of("abm.runtime.connections.crm.cron", "* * * * * *"));
        ServeServerTest.awaitRuns(server, 2);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void showsRunsChartsAudiencesAndDeadLetters() throws Exception {
        String page = server.get("/").body();
        assertThat(page).contains("<h1>ABM Bridge status</h1>", "Playbook “serve test”");
        assertThat(page).containsPattern("<td>crm</td><td class=\"good\">OK</td>");
        assertThat(page).containsPattern("<tr class=\"run\"><td>[^<]+</td><td>Sync</td><td class=\"good\">Succeeded</td>");
        assertThat(page).contains("<svg id=\"tier-chart\"", "<svg id=\"fit-chart\"");
        // A1, A2 and A4 reach Tier 1 (80 and more); nothing else gets a tier.
        assertThat(page).containsPattern("<text x=\"0\" y=\"\\d+\">Tier 1</text><rect [^>]*><title>Tier 1: 3 accounts");
        assertThat(page).containsPattern("<title>90–100: 2 accounts");
        assertThat(page).containsPattern("<td>Tier 1 companies</td><td>ads</td><td>companies</td>"
                + "<td class=\"num\">2</td><td class=\"num\">67%</td><td class=\"num\">1</td>");
        assertThat(page).contains("<td>ads</td><td>MEMBER</td><td>tier1/umbrella.com</td>");
        assertThat(page).doesNotContain("<script", "http://", "https://").doesNotContainPattern("<link ");
    }

    @Test
    void explainsAnAccountByIdOrDomain() throws Exception {
        String byId = server.get("/?account=A1").body();
        assertThat(byId).contains("<div id=\"explain-result\">", "<h3>Company A1 · acme.com</h3>",
                "<b id=\"explain-fit\">100</b>", "<b id=\"explain-tier\">Tier 1</b>", "<li>Tier 1 companies</li>",
                "<td>CEO</td><td>Decision Maker</td>");
        String byDomain = server.get("/?account=" + URLEncoder.encode("https://www.globex.com/about",
                StandardCharsets.UTF_8)).body();
        assertThat(byDomain).contains("<h3>Company A2 · globex.com</h3>", "<b id=\"explain-fit\">80</b>");
    }

    @Test
    void anUnknownAccountIsSaidPlainlyAndEscaped() throws Exception {
        String page = server.get("/?account=" + URLEncoder.encode("<script>x</script>", StandardCharsets.UTF_8))
                .body();
        assertThat(page).contains("id=\"explain-problem\"", "&lt;script&gt;x&lt;/script&gt;")
                .doesNotContain("<script>");
    }
}
