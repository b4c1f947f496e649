package dev.abmbridge.sandbox.hubspot;

/** One option of an enumeration property. */
public record PropertyOption(String label, String value, int displayOrder, boolean hidden) {
}
