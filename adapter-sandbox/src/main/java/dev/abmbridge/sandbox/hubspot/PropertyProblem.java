package dev.abmbridge.sandbox.hubspot;

/** Why one property value was refused, with HubSpot's error code (INVALID_OPTION, PROPERTY_DOESNT_EXIST, …). */
record PropertyProblem(String name, String error, String message) {
}
