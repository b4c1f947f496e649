package dev.abmbridge.sandbox.hubspot;

/** The keys from {@code low} to {@code high}, both included. */
record KeyRange(ModifiedKey low, ModifiedKey high) {

    static final KeyRange ALL = new KeyRange(new ModifiedKey(Long.MIN_VALUE, Long.MIN_VALUE), new ModifiedKey(Long.MAX_VALUE, Long.MAX_VALUE));

    boolean isEmpty() {
        return low.compareTo(high) > 0;
    }

    boolean contains(ModifiedKey key) {
        return low.compareTo(key) <= 0 && key.compareTo(high) <= 0;
    }
}
