/**
 * One company across records (ARCHITECTURE.md, one account across systems): look-ups by id and by
 * registrable domain, contacts' accounts by e-mail domain, and likely duplicates within a source.
 */
package dev.abmbridge.core.identity;
