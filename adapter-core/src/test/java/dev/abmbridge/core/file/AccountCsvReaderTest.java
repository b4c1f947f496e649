package dev.abmbridge.core.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.model.Region;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountCsvReaderTest {
    private final CollectedIssues issues = new CollectedIssues();

    private List<LineRecord<Account>> read(String csv) {
        try (Stream<LineRecord<Account>> records = new AccountCsvReader().read("accounts.csv", new StringReader(csv), issues)) {
            return records.toList();
        }
    }

    private static List<String> ids(List<LineRecord<Account>> records) {
        return records.stream().map(r -> r.record().id()).toList();
    }

    @Test
    void readsAndNormalizesEveryContractColumn() {
        List<LineRecord<Account>> records = read(
                "id,name,domain,website,industry,employees,annualRevenue,country,state,city,type,technologies\n"
                        + "A1, Acme ,https://www.eu.acme.co.uk/x,,COMPUTER_SOFTWARE,51-200,$50M,UK,,London,Prospect,\"Salesforce, HubSpot\"\n");
        assertThat(records).hasSize(1);
        Account a = records.get(0).record();
        assertThat(records.get(0).line()).isEqualTo(2);
        assertThat(a.source()).isEqualTo("file");
        assertThat(a.name()).isEqualTo("Acme");
        assertThat(a.domain()).isEqualTo("acme.co.uk");
        assertThat(a.industry()).isEqualTo("COMPUTER_SOFTWARE");
        assertThat(a.employees()).isEqualTo(51L);
        assertThat(a.annualRevenue()).isEqualByComparingTo("50000000");
        assertThat(a.country()).isEqualTo("GB");
        assertThat(a.region()).isEqualTo(Region.EMEA);
        assertThat(a.state()).isNull();
        assertThat(a.city()).isEqualTo("London");
        assertThat(a.technologies()).containsExactly("Salesforce", "HubSpot");
        assertThat(issues.errors()).isEmpty();
        assertThat(issues.warnings()).isEmpty();
    }

    @Test
    void utf8ByteOrderMarkIsNotPartOfTheFirstColumnName() {
        List<LineRecord<Account>> records = read("\uFEFFid,name\n1,Zoë AG\n");
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.record().id()).isEqualTo("1");
            assertThat(r.record().name()).isEqualTo("Zoë AG");
        });
        assertThat(issues.warnings()).isEmpty();
    }

    @Test
    void byteOrderMarkBeforeAQuotedHeader() {
        assertThat(ids(read("\uFEFF\"id\",\"name\"\r\n\"1\",\"Acme\"\r\n"))).containsExactly("1");
    }

    @Test
    void quotedNewlinesKeepLineNumbersOfLaterRowsRight() {
        List<LineRecord<Account>> records = read("id,name,city\n"
                + "1,\"Acme\nHoldings\",Berlin\n"         // lines 2-3
                + "2,Globex,\"Springfield\n\nUSA\"\n"    // lines 4-6
                + "3,Initech,Austin\n"                    // line 7
                + "4,bad,x,extra\n"                       // line 8: too many cells
                + "5,Umbrella,Raccoon City\n");           // line 9
        assertThat(records).extracting(LineRecord::line).containsExactly(2L, 4L, 7L, 9L);
        assertThat(records.get(0).record().name()).isEqualTo("Acme\nHoldings");
        assertThat(issues.errors()).containsExactly(new RowError("accounts.csv", 8, "the row has 4 cells, the header has 3"));
    }

    @Test
    void crlfLineEndsCountAsOneLine() {
        List<LineRecord<Account>> records = read("id,name\r\n1,a\r\n2,\"b\r\nc\"\r\n3,d\r\n");
        assertThat(records).extracting(LineRecord::line).containsExactly(2L, 3L, 5L);
    }

    @Test
    void absentAndEmptyColumnsAreMissing() {
        List<LineRecord<Account>> records = read("id,domain\n1,\n2,acme.com\n");
        assertThat(records.get(0).record().domain()).isNull();
        assertThat(records.get(0).record().name()).isNull();
        assertThat(records.get(0).record().employees()).isNull();
        assertThat(records.get(1).record().domain()).isEqualTo("acme.com");
    }

    @Test
    void badRowsAreSkippedWithLineAndReasonAndTheRestGoOn() {
        List<LineRecord<Account>> records = read("id,name,employees,domain\n"
                + "1,Acme,1200,acme.com\n"
                + "2,Globex,lots,globex.com\n"
                + ",Nameless,10,nameless.com\n"
                + "1,Acme again,5,acme.com\n"
                + "3,Initech,12 k,not a domain\n"
                + "4,Umbrella,1.2k,umbrella.com\n");
        assertThat(ids(records)).containsExactly("1", "4");
        assertThat(issues.errors()).extracting(RowError::line).containsExactly(3L, 4L, 5L, 6L);
        assertThat(issues.errors().get(0).reason()).contains("employees", "'lots'");
        assertThat(issues.errors().get(1).reason()).contains("id", "missing");
        assertThat(issues.errors().get(2).reason()).contains("duplicate id '1'");
        assertThat(issues.errors().get(3).reason()).contains("domain", "not a domain");
        assertThat(issues.errors()).allSatisfy(e -> assertThat(e.file()).isEqualTo("accounts.csv"));
    }

    @Test
    void customColumnsGoToTheCustomMapWithoutThePrefix() {
        List<LineRecord<Account>> records = read("id,custom.abmTierOverride,Custom.Owner,custom.blank\n1, Tier 1 ,Jane,\n");
        assertThat(records.get(0).record().custom()).containsOnly(Map.entry("abmTierOverride", "Tier 1"), Map.entry("Owner", "Jane"));
    }

    @Test
    void unknownColumnsAreIgnoredAndReportedOnce() {
        List<LineRecord<Account>> records = read("id,Name,favouriteColour,,sic\n1,Acme,blue,x,123\n2,Globex,red,y,456\n");
        assertThat(ids(records)).containsExactly("1", "2");
        assertThat(records.get(0).record().name()).isEqualTo("Acme");
        assertThat(issues.warnings()).singleElement().asString()
                .startsWith("accounts.csv: ")
                .contains("favouriteColour", "(unnamed column 4)", "sic");
        assertThat(issues.errors()).isEmpty();
    }

    @Test
    void blankLinesAreSkippedSilently() {
        assertThat(read("id,name\n\n1,Acme\n\n\n2,Globex\n")).extracting(LineRecord::line).containsExactly(3L, 6L);
        assertThat(issues.errors()).isEmpty();
    }

    @Test
    void aSyntaxErrorEndsTheStreamWithARowError() {
        List<LineRecord<Account>> records = read("id,name\n1,Acme\n2,\"Globex\" Corp\n3,Initech\n");
        assertThat(ids(records)).containsExactly("1");
        assertThat(issues.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.reason()).contains("malformed CSV", "reading stopped");
        });
    }

    @Test
    void anUnterminatedQuoteIsReportedWhereItsRowStarts() {
        List<LineRecord<Account>> records = read("id,name\n1,Acme\n2,Globex\n3,\"Initech\n4,Umbrella\n");
        assertThat(ids(records)).containsExactly("1", "2");
        assertThat(issues.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.reason()).contains("reading stopped");
        });
    }

    @Test
    void fileProblemsFailTheWholeRead() {
        assertThatThrownBy(() -> read("")).isInstanceOf(CsvFileException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> read("name,domain\nAcme,acme.com\n"))
                .isInstanceOf(CsvFileException.class).hasMessageContaining("no 'id' column");
        assertThatThrownBy(() -> read("id,domain,Domain\n1,a.com,b.com\n"))
                .isInstanceOf(CsvFileException.class).hasMessageContaining("'domain' appears twice");
    }

    @Test
    void readsFromAPathWithOrWithoutBom(@TempDir Path dir) throws IOException {
        Path withBom = dir.resolve("a.csv");
        Files.write(withBom, ("\uFEFFid,country\n1,Deutschland\n").getBytes(StandardCharsets.UTF_8));
        try (Stream<LineRecord<Account>> records = new AccountCsvReader("crm-export").read(withBom, issues)) {
            assertThat(records.toList()).singleElement().satisfies(r -> {
                assertThat(r.record().country()).isEqualTo("DE");
                assertThat(r.record().source()).isEqualTo("crm-export");
            });
        }
    }

    @Test
    void bytesThatAreNotUtf8AreReported(@TempDir Path dir) throws IOException {
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, "id,name\n1,Acme\n2,M\u00fcller GmbH\n3,Initech\n".getBytes(StandardCharsets.ISO_8859_1));
        try (Stream<LineRecord<Account>> records = new AccountCsvReader().read(latin1, issues)) {
            assertThat(records.map(r -> r.record().id()).toList()).containsExactly("1", "3");
        }
        assertThat(issues.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.reason()).contains("not valid UTF-8");
        });
    }

    @Test
    void streamsWithoutReadingTheWholeFileFirst() {
        CountingReader in = new CountingReader(3_000_000);
        try (Stream<LineRecord<Account>> records = new AccountCsvReader().read("big.csv", in, issues)) {
            List<LineRecord<Account>> first = records.limit(10).toList();
            assertThat(first).extracting(LineRecord::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
        }
        assertThat(in.charsRead).as("characters read for the first rows").isLessThan(100_000);
        assertThat(in.closed).isTrue();
    }

    /** A generated accounts file of {@code rows} rows, produced as it is read. */
    private static final class CountingReader extends Reader {
        private final int rows;
        private int row = -1;
        private String current = "id,name,domain,employees\n";
        private int pos;
        long charsRead;
        boolean closed;

        CountingReader(int rows) {
            this.rows = rows;
        }

        @Override
        public int read(char[] buf, int off, int len) {
            if (pos == current.length()) {
                if (++row >= rows) {
                    return -1;
                }
                current = row + ",Company " + row + ",company" + row + ".com," + (row % 5000) + "\n";
                pos = 0;
            }
            int n = Math.min(len, current.length() - pos);
            current.getChars(pos, pos + n, buf, off);
            pos += n;
            charsRead += n;
            return n;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
