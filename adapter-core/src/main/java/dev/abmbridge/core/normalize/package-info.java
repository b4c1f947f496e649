/**
 * Canonical values from whatever sources write (PLAYBOOK.md, canonical account fields): text keys
 * for comparison, registrable domains, ISO country codes and sales regions, head counts and
 * revenue, technology lists, free-mail domains, and the account and contact normalizers built on
 * them. Plain static functions over immutable tables: safe from any thread.
 *
 * <p>A value that is null, empty or only white space is missing, and missing is {@code null}.
 * Typed fields (numbers, domains, countries) also read the usual placeholders ({@code n/a},
 * {@code -}, {@code unknown}) as missing; free text keeps what the source wrote.
 */
package dev.abmbridge.core.normalize;
