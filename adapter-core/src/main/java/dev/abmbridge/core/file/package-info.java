/**
 * The built-in file connector for the CSV contract (PLAYBOOK.md, file contract for scoring
 * without a CRM).
 *
 * <p>Input: {@link dev.abmbridge.core.file.AccountCsvReader} and
 * {@link dev.abmbridge.core.file.ContactCsvReader} stream normalized records in file order, each
 * with the physical line its row starts on. RFC 4180, UTF-8 with or without a byte-order mark,
 * quoted newlines, a header row whose names match ignoring case; any column may be absent or
 * empty; {@code custom.<name>} columns go to the record's custom map; other columns are ignored
 * and named once in a warning. Memory stays bounded: one row at a time plus a 128-bit fingerprint
 * per id.
 *
 * <p>Rows skipped and reported as a {@link dev.abmbridge.core.file.RowError}, the rest going on:
 * a different number of cells than the header; a value the normalizer rejects (a missing id,
 * employees {@code lots}, an e-mail without {@code @}); an id an earlier row has (the first row
 * wins); bytes that are not UTF-8. Blank lines are skipped silently. A CSV syntax error (text after
 * a closing quote, an unterminated quote) leaves nothing reliable after it, so it is reported and
 * ends the stream. Problems with the whole file (empty, no {@code id} column, a column twice)
 * throw {@link dev.abmbridge.core.file.CsvFileException}.
 *
 * <p>Output: {@link dev.abmbridge.core.file.ScoredAccountCsvWriter} and
 * {@link dev.abmbridge.core.file.ScoredContactCsvWriter} write the scored files from plain row
 * records: header always, RFC 4180 quoting, CRLF, UTF-8 without BOM, {@code ;}-joined lists,
 * empty cells for none.
 */
package dev.abmbridge.core.file;
