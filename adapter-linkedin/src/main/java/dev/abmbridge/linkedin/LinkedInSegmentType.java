package dev.abmbridge.linkedin;

import dev.abmbridge.core.spi.MemberChange.MemberKind;

/** The two streaming DMP segment types: companies (accounts) and users (hashed contacts). */
public enum LinkedInSegmentType {
    COMPANY("companies"), USER("users");

    private final String resource;

    LinkedInSegmentType(String resource) {
        this.resource = resource;
    }

    /** The streaming sub-resource: {@code /dmpSegments/{id}/companies} or {@code /users}. */
    public String resource() {
        return resource;
    }

    public static LinkedInSegmentType of(MemberKind kind) {
        return kind == MemberKind.COMPANY ? COMPANY : USER;
    }
}
