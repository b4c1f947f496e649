package dev.abmbridge.app.cli;

import dev.abmbridge.core.file.RowError;
import dev.abmbridge.core.playbook.Playbook;
import dev.abmbridge.core.scoring.ScoringSummary;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The console summary of a {@code score} run, written for a marketer as much as for an admin. */
final class ScoringSummaryPrinter {

    private static final int MAX_ROW_ERRORS = 20;
    private static final int BAR_WIDTH = 30;

    private final PrintWriter out;
    private final PrintWriter err;

    ScoringSummaryPrinter(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    void print(Playbook playbook, ScoringSummary s, long millis, Path outDir) {
        if (!s.rowErrors().isEmpty()) {
            err.printf("Skipped %d row(s) that could not be read:%n", s.rowErrors().size());
            s.rowErrors().stream().limit(MAX_ROW_ERRORS).map(RowError::toString).forEach(e -> err.println("  " + e));
            if (s.rowErrors().size() > MAX_ROW_ERRORS) {
                err.printf("  ... and %d more%n", s.rowErrors().size() - MAX_ROW_ERRORS);
            }
        }
        s.warnings().forEach(w -> err.println("warning: " + w));
        err.flush();

        out.printf(Locale.ROOT, "Scored %,d accounts and %,d contacts with \"%s\" (playbook %s) in %.1f s%n",
                s.accountsScored(), s.contactsScored(), playbook.name(), playbook.shortHash(), millis / 1000.0);
        out.printf(Locale.ROOT, "%nICP accounts: %,d of %,d (%s)%n", s.icpAccounts(), s.accountsScored(),
                percent(s.icpAccounts(), s.accountsScored()));
        table("Accounts per tier", s.accountsPerTier(), s.accountsScored());
        if (s.disqualifiedBy().values().stream().anyMatch(v -> v > 0)) {
            table("Disqualified by", s.disqualifiedBy(), s.accountsScored());
        }
        table("Accounts with unknown data, per criterion (missing fields: not a failure, a gap to fill)",
                s.unknownPerCriterion(), s.accountsScored());
        if (s.contactsScored() > 0) {
            table("Contacts per buying role", s.contactsPerRole(), s.contactsScored());
            out.printf(Locale.ROOT, "Contacts without an account: %,d matched by e-mail domain, %,d unmatched%n",
                    s.contactsMatchedByDomain(), s.contactsUnmatched());
            if (s.contactsWithUnknownAccount() > 0) {
                out.printf(Locale.ROOT, "Contacts whose accountId is not in the accounts file: %,d%n",
                        s.contactsWithUnknownAccount());
            }
        }
        if (!s.coverageDistribution().isEmpty()) {
            table("Buying-committee coverage", s.coverageDistribution(), s.accountsScored());
        }
        out.printf("%nWrote %s and %s%n", outDir.resolve("accounts-scored.csv"), outDir.resolve("contacts-scored.csv"));
        out.flush();
    }

    private void table(String title, Map<String, Long> counts, long total) {
        out.printf("%n%s:%n", title);
        int width = counts.keySet().stream().mapToInt(String::length).max().orElse(10);
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
        counts.forEach((k, v) -> out.printf(Locale.ROOT, "  %-" + width + "s %,9d  %6s  %s%n", k, v, percent(v, total),
                "#".repeat((int) (max == 0 ? 0 : v * BAR_WIDTH / max))));
    }

    private static String percent(long part, long total) {
        return total == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / total);
    }
}
