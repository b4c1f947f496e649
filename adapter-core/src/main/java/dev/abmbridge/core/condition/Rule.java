package dev.abmbridge.core.condition;

/** A compiled condition over a subject (an account, an account with its insight, a contact). */
@FunctionalInterface
public interface Rule<T> {

    Truth test(T subject);
}
