package dev.abmbridge.core.spi.file;

import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.spi.SourceConnector;
import dev.abmbridge.core.spi.contract.SourceConnectorContract;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The file connector meets the source contract: every row of a file shares its mtime, a tie broken by id. */
class FileSourceConnectorContractTest extends SourceConnectorContract {

    @TempDir
    Path dir;

    private final Map<String, Account> rows = new TreeMap<>();
    private FileSourceConnector connector;

    @Override
    protected SourceConnector connector() {
        if (connector == null) {
            connector = new FileSourceConnector("file", dir.resolve("accounts.csv"), null);
        }
        return connector;
    }

    @Override
    protected void seedAccounts(List<Account> accounts, Instant modifiedAt) {
        accounts.forEach(a -> rows.put(a.id(), a));
        StringBuilder csv = new StringBuilder("id,name,domain,industry,employees\n");
        rows.values().forEach(a -> csv.append(a.id()).append(',').append(a.name()).append(',').append(a.domain())
                .append(',').append(a.industry()).append(',').append(a.employees()).append('\n'));
        try {
            Path file = dir.resolve("accounts.csv");
            Files.writeString(file, csv);
            Files.setLastModifiedTime(file, FileTime.from(modifiedAt));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
