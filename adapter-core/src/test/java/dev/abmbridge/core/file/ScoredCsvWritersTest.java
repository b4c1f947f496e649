package dev.abmbridge.core.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoredCsvWritersTest {

    @Test
    void accountsHeaderIsWrittenEvenWithoutRows() throws IOException {
        StringWriter out = new StringWriter();
        new ScoredAccountCsvWriter(out).close();
        assertThat(out).hasToString("id,fitScore,tier,isIcp,disqualifiedBy,matched,unknown,coverage,missingRoles\r\n");
    }

    @Test
    void accountRowsFollowTheContract() throws IOException {
        StringWriter out = new StringWriter();
        try (ScoredAccountCsvWriter writer = new ScoredAccountCsvWriter(out)) {
            writer.write(new ScoredAccountRow("A1", 85, "Tier 1", true, null, List.of("industry", "size"), List.of("crm"),
                    75, List.of("Economic Buyer")));
            writer.write(new ScoredAccountRow("A2", 0, null, false, "competitor", List.of("industry"), List.of(), null, null));
            writer.write(new ScoredAccountRow("A,3 \"quoted\"", 40, "Tier 3", false, null, List.of(), List.of("size", "crm"),
                    0, List.of("Decision Maker", "Champion")));
        }
        assertThat(out.toString()).isEqualTo(
                "id,fitScore,tier,isIcp,disqualifiedBy,matched,unknown,coverage,missingRoles\r\n"
                        + "A1,85,Tier 1,true,,industry;size,crm,75,Economic Buyer\r\n"
                        + "A2,0,,false,competitor,industry,,,\r\n"
                        + "\"A,3 \"\"quoted\"\"\",40,Tier 3,false,,,size;crm,0,Decision Maker;Champion\r\n");
    }

    @Test
    void listElementsWithTheSeparatorAreRejected() {
        ScoredAccountCsvWriter writer = new ScoredAccountCsvWriter(new StringWriter());
        assertThatThrownBy(() -> writer.write(new ScoredAccountRow("A1", 1, null, false, null, List.of("a;b"), null, null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("matched", "a;b");
    }

    @Test
    void contactRowsFollowTheContract() throws IOException {
        StringWriter out = new StringWriter();
        try (ScoredContactCsvWriter writer = new ScoredContactCsvWriter(out)) {
            writer.write(new ScoredContactRow("C1", "A1", "VP", "MARKETING", "Champion", null));
            writer.write(new ScoredContactRow("C2", null, "UNKNOWN", "OTHER", "End User", "A7"));
            writer.write(new ScoredContactRow("C3", null, "STAFF", "IT", "Line\nbreak", null));
        }
        assertThat(out.toString()).isEqualTo(
                "id,accountId,seniority,function,role,matchedAccountId\r\n"
                        + "C1,A1,VP,MARKETING,Champion,\r\n"
                        + "C2,,UNKNOWN,OTHER,End User,A7\r\n"
                        + "C3,,STAFF,IT,\"Line\nbreak\",\r\n");
    }

    @Test
    void filesAreUtf8WithoutBomAndReadBackByTheContractReader(@TempDir Path dir) throws IOException {
        try (ScoredContactCsvWriter writer = ScoredContactCsvWriter.create(dir)) {
            writer.write(new ScoredContactRow("Zoë", "A1", "C_LEVEL", "EXECUTIVE", "Decision Maker", null));
        }
        try (ScoredAccountCsvWriter writer = ScoredAccountCsvWriter.create(dir)) {
            writer.write(new ScoredAccountRow("A1", 100, "Tier 1", true, null, List.of("x"), List.of(), null, List.of()));
        }
        byte[] bytes = Files.readAllBytes(dir.resolve("contacts-scored.csv"));
        assertThat(bytes[0]).isEqualTo((byte) 'i');
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("Zoë,A1,C_LEVEL");
        assertThat(Files.readString(dir.resolve("accounts-scored.csv"))).endsWith("A1,100,Tier 1,true,,x,,,\r\n");
    }
}
