package dev.abmbridge.core.lookup;

/** Told about each unified account each time the engine evaluates it. */
public interface AccountObserver {

    AccountObserver NONE = new AccountObserver() {
        @Override
        public void evaluated(String unifyKey, AccountCard card) {
        }

        @Override
        public void gone(String unifyKey) {
        }
    };

    /** The unified account keyed {@code unifyKey} was evaluated; its domain may differ from last time. */
    void evaluated(String unifyKey, AccountCard card);

    /** The unified account keyed {@code unifyKey} has no account record any more, or no domain. */
    void gone(String unifyKey);
}
