package dev.abmbridge.sandbox.hubspot;

import java.util.Arrays;
import java.util.Optional;

/** The CRM object types the emulator holds, with HubSpot's path names, object type ids and singular names. */
public enum HubSpotObjectType {
    COMPANIES("companies", "0-2", "company", "hs_lastmodifieddate"),
    CONTACTS("contacts", "0-1", "contact", "lastmodifieddate");

    private final String pathName;
    private final String typeId;
    private final String singular;
    private final String lastModifiedProperty;

    HubSpotObjectType(String pathName, String typeId, String singular, String lastModifiedProperty) {
        this.pathName = pathName;
        this.typeId = typeId;
        this.singular = singular;
        this.lastModifiedProperty = lastModifiedProperty;
    }

    public String pathName() {
        return pathName;
    }

    public String typeId() {
        return typeId;
    }

    public String lastModifiedProperty() {
        return lastModifiedProperty;
    }

    /** Accepts the plural path name, the singular name or the object type id, as HubSpot does. */
    public static Optional<HubSpotObjectType> parse(String text) {
        return Arrays.stream(values())
                .filter(t -> t.pathName.equalsIgnoreCase(text) || t.singular.equalsIgnoreCase(text) || t.typeId.equals(text))
                .findFirst();
    }
}
