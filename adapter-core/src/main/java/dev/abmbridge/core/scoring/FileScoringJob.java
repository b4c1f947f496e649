package dev.abmbridge.core.scoring;

import dev.abmbridge.core.file.AccountCsvReader;
import dev.abmbridge.core.file.ContactCsvReader;
import dev.abmbridge.core.file.CsvIssueListener;
import dev.abmbridge.core.file.LineRecord;
import dev.abmbridge.core.file.RowError;
import dev.abmbridge.core.file.ScoredAccountCsvWriter;
import dev.abmbridge.core.file.ScoredAccountRow;
import dev.abmbridge.core.file.ScoredContactCsvWriter;
import dev.abmbridge.core.file.ScoredContactRow;
import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.model.ClassifiedContact;
import dev.abmbridge.core.model.Contact;
import dev.abmbridge.core.playbook.Playbook;
import dev.abmbridge.core.rules.AccountInsight;
import dev.abmbridge.core.rules.BuyingRoleClassifier;
import dev.abmbridge.core.rules.CommitteeCoverage;
import dev.abmbridge.core.rules.Coverage;
import dev.abmbridge.core.rules.IcpScorer;
import dev.abmbridge.core.title.TitleParser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code score}: reads the file contract's accounts and contacts, writes {@code accounts-scored.csv} and
 * {@code contacts-scored.csv} in input order. Streams both files, so memory grows only with the compact
 * per-account index, never with the contacts.
 */
public final class FileScoringJob {

    private final Playbook playbook;
    private final IcpScorer scorer;
    private final BuyingRoleClassifier classifier;
    private final CommitteeCoverage coverage;

    public FileScoringJob(Playbook playbook, TitleParser titles) {
        this.playbook = playbook;
        this.scorer = new IcpScorer(playbook.icp());
        this.classifier = new BuyingRoleClassifier(playbook.buyingRoles(), titles);
        this.coverage = new CommitteeCoverage(playbook.buyingRoles().committee());
    }

    /**
     * @param contactsFile null when there are no contacts
     * @param progress     told of every record read, for progress bars
     */
    public ScoringSummary run(Path accountsFile, Path contactsFile, Path outDir, ScoringProgress progress)
            throws IOException {
        Files.createDirectories(outDir);
        IssueLog issues = new IssueLog();
        SummaryCounter counter = new SummaryCounter(playbook);
        ScoredAccountIndex index = new ScoredAccountIndex();

        try (Stream<LineRecord<Account>> accounts = new AccountCsvReader().read(accountsFile, issues)) {
            accounts.forEach(r -> {
                Account a = r.record();
                AccountInsight insight = scorer.score(a);
                index.add(a.id(), a.domain(), insight);
                counter.account(insight);
                progress.accountRead();
            });
        }
        // Written even without contacts (header only): the contract promises both files.
        try (ScoredContactCsvWriter out = ScoredContactCsvWriter.create(outDir)) {
            if (contactsFile != null) {
                try (Stream<LineRecord<Contact>> contacts = new ContactCsvReader().read(contactsFile, issues)) {
                    contacts.forEach(r -> {
                        out.write(contact(r.record(), index, counter));
                        progress.contactRead();
                    });
                }
            }
        }
        try (ScoredAccountCsvWriter out = ScoredAccountCsvWriter.create(outDir)) {
            for (int i = 0; i < index.size(); i++) {
                AccountInsight insight = index.insight(i);
                Coverage c = coverage.ofMask(index.roles(i));
                counter.coverage(c);
                out.write(new ScoredAccountRow(index.id(i), insight.fitScore(), insight.tier(), insight.isIcp(),
                        insight.disqualifiedBy(), insight.matched(), insight.unknown(), c.percent(), c.missingRoles()));
            }
        }
        return counter.summary(issues.errors, issues.warnings);
    }

    private ScoredContactRow contact(Contact contact, ScoredAccountIndex index, SummaryCounter counter) {
        ClassifiedContact c = classifier.classify(contact);
        String matchedAccountId = null;
        int ordinal;
        if (contact.accountId() != null) {
            ordinal = index.byId(contact.accountId());
            if (ordinal < 0) {
                counter.contactWithUnknownAccount();
            }
        } else {
            ordinal = index.byEmail(contact.email());
            if (ordinal >= 0) {
                matchedAccountId = index.id(ordinal);
                counter.contactMatchedByDomain();
            } else {
                counter.contactUnmatched();
            }
        }
        if (ordinal >= 0) {
            index.addRole(ordinal, coverage.bit(c.role()));
        }
        counter.contact(c.role());
        return new ScoredContactRow(contact.id(), contact.accountId(), c.seniority().name(), c.function().name(),
                c.role(), matchedAccountId);
    }

    /** Keeps what the readers skipped, for the summary. */
    private static final class IssueLog implements CsvIssueListener {
        final List<RowError> errors = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();

        @Override
        public void rowError(RowError error) {
            errors.add(error);
        }

        @Override
        public void warning(String file, String message) {
            warnings.add(file + ": " + message);
        }
    }
}
