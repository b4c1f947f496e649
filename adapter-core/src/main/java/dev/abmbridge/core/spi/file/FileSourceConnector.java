package dev.abmbridge.core.spi.file;

import dev.abmbridge.core.file.AccountCsvReader;
import dev.abmbridge.core.file.CollectedIssues;
import dev.abmbridge.core.file.ContactCsvReader;
import dev.abmbridge.core.file.LineRecord;
import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.model.Contact;
import dev.abmbridge.core.spi.Cursor;
import dev.abmbridge.core.spi.Page;
import dev.abmbridge.core.spi.RecordKind;
import dev.abmbridge.core.spi.SourceConnector;
import dev.abmbridge.core.spi.SourceRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The built-in file connector as a source: {@code accounts.csv} and {@code contacts.csv} of the file contract.
 * Every record of a file carries the file's modification time; the cursor is (mtime, id), so an unchanged file
 * yields nothing and a rewritten one yields all its records again (the snapshot hashes then tell which really
 * changed). A file holds no owned values: it is read-only. One instance keeps the last sorted file in memory.
 */
public final class FileSourceConnector implements SourceConnector {

    private record Loaded<T>(Path file, Instant mtime, long size, List<T> sortedById) {
    }

    private final String system;
    private final Path accountsFile;
    private final Path contactsFile;
    private final CollectedIssues issues = new CollectedIssues();
    private Loaded<Account> accounts;
    private Loaded<Contact> contacts;

    /** @param contactsFile null when there are no contacts */
    public FileSourceConnector(String system, Path accountsFile, Path contactsFile) {
        this.system = system;
        this.accountsFile = accountsFile;
        this.contactsFile = contactsFile;
    }

    @Override
    public String system() {
        return system;
    }

    /** Rows the readers skipped, with file, line and reason. */
    public CollectedIssues issues() {
        return issues;
    }

    @Override
    public Page<Account> accounts(Cursor after, int pageSize) {
        accounts = load(accounts, accountsFile, this::readAccounts, Account::id);
        return page(accounts, after, pageSize, Account::id);
    }

    @Override
    public Page<Contact> contacts(Cursor after, int pageSize) {
        if (contactsFile == null || !Files.exists(contactsFile)) {
            return new Page<>(List.of(), true);
        }
        contacts = load(contacts, contactsFile, this::readContacts, Contact::id);
        return page(contacts, after, pageSize, Contact::id);
    }

    @Override
    public List<SourceRecord<?>> read(RecordKind kind, Collection<String> ids) {
        Set<String> wanted = new HashSet<>(ids);
        List<SourceRecord<?>> out = new ArrayList<>();
        if (kind == RecordKind.ACCOUNT) {
            accounts = load(accounts, accountsFile, this::readAccounts, Account::id);
            accounts.sortedById().stream().filter(a -> wanted.contains(a.id()))
                    .forEach(a -> out.add(new SourceRecord<>(a, new Cursor(accounts.mtime(), a.id()), Map.of())));
        } else if (contactsFile != null) {
            contacts = load(contacts, contactsFile, this::readContacts, Contact::id);
            contacts.sortedById().stream().filter(c -> wanted.contains(c.id()))
                    .forEach(c -> out.add(new SourceRecord<>(c, new Cursor(contacts.mtime(), c.id()), Map.of())));
        }
        return out;
    }

    private static <T> Page<T> page(Loaded<T> loaded, Cursor after, int pageSize, Function<T, String> id) {
        List<SourceRecord<T>> out = new ArrayList<>();
        boolean more = false;
        for (T r : loaded.sortedById()) {
            if (!after.precedes(loaded.mtime(), id.apply(r))) {
                continue;
            }
            if (out.size() == pageSize) {
                more = true;
                break;
            }
            out.add(new SourceRecord<>(r, new Cursor(loaded.mtime(), id.apply(r)), Map.of()));
        }
        return new Page<>(out, !more);
    }

    private <T> Loaded<T> load(Loaded<T> cached, Path file, Function<Path, Stream<LineRecord<T>>> reader,
                               Function<T, String> id) {
        try {
            Instant mtime = Files.getLastModifiedTime(file).toInstant();
            long size = Files.size(file);
            if (cached != null && cached.mtime().equals(mtime) && cached.size() == size) {
                return cached;
            }
            Map<String, T> byId = new LinkedHashMap<>();
            try (Stream<LineRecord<T>> rows = reader.apply(file)) {
                rows.forEach(r -> {
                    if (id.apply(r.record()) != null) {
                        byId.putIfAbsent(id.apply(r.record()), r.record()); // a repeated id: the first row wins
                    }
                });
            }
            List<T> sorted = new ArrayList<>(byId.values());
            sorted.sort(Comparator.comparing(id));
            return new Loaded<>(file, mtime, size, sorted);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private Stream<LineRecord<Account>> readAccounts(Path file) {
        try {
            return new AccountCsvReader(system).read(file, issues);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private Stream<LineRecord<Contact>> readContacts(Path file) {
        try {
            return new ContactCsvReader(system).read(file, issues);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
