package dev.abmbridge.core.spi;

import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.model.Contact;

import java.util.Collection;
import java.util.List;

/**
 * Reads one system's accounts and contacts. The contract (checked by the contract test suite in adapter-core's
 * test-jar):
 * <ul>
 *   <li>{@code accounts(after, n)} returns at most {@code n} records strictly after {@code after}, in
 *       (modifiedAt, id) order, each with its own position; records modified at the same instant are all
 *       returned, ordered by id, across page boundaries;</li>
 *   <li>the connector stores no position: the engine keeps cursors and advances them only after the records are
 *       durable in its snapshot store;</li>
 *   <li>every record carries the owned-field values the system holds for it ({@link SourceRecord#held()}).</li>
 * </ul>
 */
public interface SourceConnector {

    /** The system's name, as used in configuration, state and reports ({@code salesforce}, {@code file}). */
    String system();

    Page<Account> accounts(Cursor after, int pageSize);

    Page<Contact> contacts(Cursor after, int pageSize);

    /** Reads these records now, whatever their position (for re-planning after a crash); unknown ids are left out. */
    List<SourceRecord<?>> read(RecordKind kind, Collection<String> ids);
}
