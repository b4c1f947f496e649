package dev.abmbridge.sandbox.hubspot;

/** A property group. */
public record PropertyGroup(String name, String label, int displayOrder) {
}
