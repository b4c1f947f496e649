package dev.abmbridge.core.state;

import dev.abmbridge.core.spi.RecordKind;

import java.util.Map;

/**
 * A pulled record on its way into the snapshot store.
 *
 * @param ownKey     the unify key the record gives itself (its registrable domain, or its own id)
 * @param accountRef for a contact, the id of its account in the same system; null otherwise
 * @param linkedTo   {@code system:id} of an explicitly linked record of another system; null when none
 * @param held       owned-field values the system holds for the record
 */
public record SnapshotWrite(RecordKind kind, String id, String ownKey, String accountRef, String linkedTo,
                            String modifiedAt, String hash, String body, Map<String, String> held) {
}
