package dev.abmbridge.core.export;

/**
 * What one export of one audience wrote.
 *
 * @param rows        contacts on the list
 * @param unaddressed members without a usable address (listed in the unaddressed file)
 * @param optedOut    members kept off both files by an opt-out field
 * @param notFound    members whose contact is no longer in the snapshot store
 * @param added       rows on the list now that were not on it at the last export
 * @param removed     rows on the list at the last export that are not on it now
 */
public record MailingListExport(String audienceId, int rows, int unaddressed, int optedOut, int notFound, int added, int removed) {
}
