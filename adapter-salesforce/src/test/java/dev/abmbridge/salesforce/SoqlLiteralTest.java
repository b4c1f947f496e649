package dev.abmbridge.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.abmbridge.core.spi.Cursor;
import dev.abmbridge.salesforce.client.SoqlLiteral;
import dev.abmbridge.salesforce.client.SoqlQuery;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoqlLiteralTest {

    @Test
    void quotesAndBackslashesAreEscaped() {
        assertThat(SoqlLiteral.string("O'Brien")).isEqualTo("'O\\'Brien'");
        assertThat(SoqlLiteral.string("a\\b")).isEqualTo("'a\\\\b'");
        assertThat(SoqlLiteral.string("say \"hi\"")).isEqualTo("'say \\\"hi\\\"'");
        assertThat(SoqlLiteral.string("\\'")).isEqualTo("'\\\\\\''");
    }

    @Test
    void newlinesTabsAndOtherWhitespaceEscapesAreEscaped() {
        assertThat(SoqlLiteral.string("a\nb\rc\td\be\ff")).isEqualTo("'a\\nb\\rc\\td\\be\\ff'");
    }

    @Test
    void otherControlCharactersAreRefused() {
        assertThatThrownBy(() -> SoqlLiteral.string("a\u0000b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+0000");
    }

    @Test
    void anInjectionAttemptStaysInsideItsLiteral() {
        String attack = "x' OR Name != '";
        String literal = SoqlLiteral.string(attack);
        assertThat(literal).isEqualTo("'x\\' OR Name != \\''");
        // every quote inside is escaped: the literal ends at its last character only
        String inner = literal.substring(1, literal.length() - 1);
        assertThat(inner.replace("\\\\", "").replace("\\'", "")).doesNotContain("'");
    }

    @Test
    void identifiersMustBeApiNames() {
        assertThat(SoqlLiteral.identifier("ABM_Fit_Score__c")).isEqualTo("ABM_Fit_Score__c");
        assertThat(SoqlLiteral.identifier("Account.Name")).isEqualTo("Account.Name");
        for (String bad : new String[] {"Name, (SELECT Id FROM Contacts)", "Id FROM Account--", "A B", "", "1Name", "X__c'",
                "Name\n", "_x", "x_"}) {
            assertThatThrownBy(() -> SoqlLiteral.identifier(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void datetimesAreUtcWithMillisAndUnquoted() {
        assertThat(SoqlLiteral.datetime(Instant.parse("2026-01-02T03:04:05.006Z"))).isEqualTo("2026-01-02T03:04:05.006Z");
    }

    @Test
    void keysetPageBreaksTiesOnModstampById() {
        String soql = SoqlQuery.keysetPage("Account", List.of("Id", "SystemModstamp", "Name"),
                new Cursor(Instant.parse("2026-10-01T12:34:56Z"), "001000000000001AAA"), 500);
        assertThat(soql).isEqualTo("SELECT Id, SystemModstamp, Name FROM Account WHERE SystemModstamp > 2026-10-01T12:34:56.000Z"
                + " OR (SystemModstamp = 2026-10-01T12:34:56.000Z AND Id > '001000000000001AAA')"
                + " ORDER BY SystemModstamp ASC, Id ASC LIMIT 500");
    }

    @Test
    void theFirstPageNeedsNoIdComparison() {
        assertThat(SoqlQuery.keysetPage("Contact", List.of("Id"), Cursor.START, 10))
                .isEqualTo("SELECT Id FROM Contact WHERE SystemModstamp >= 1970-01-01T00:00:00.000Z ORDER BY SystemModstamp ASC, Id ASC LIMIT 10");
    }

    @Test
    void aCursorIdIsEscapedAndAFieldNameIsChecked() {
        String soql = SoqlQuery.keysetPage("Account", List.of("Id"), new Cursor(Instant.EPOCH, "x') OR (Id != '"), 5);
        assertThat(soql).contains("Id > 'x\\') OR (Id != \\''");
        assertThatThrownBy(() -> SoqlQuery.keysetPage("Account", List.of("Id, Password__c"), Cursor.START, 5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SoqlQuery.byIds("Account WHERE Id != null", List.of("Id"), List.of("a")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void idListsAreEscapedOneByOne() {
        assertThat(SoqlQuery.byIds("Account", List.of("Id"), List.of("001A", "0'1")))
                .isEqualTo("SELECT Id FROM Account WHERE Id IN ('001A', '0\\'1')");
    }
}
