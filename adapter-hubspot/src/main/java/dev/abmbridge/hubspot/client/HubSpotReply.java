package dev.abmbridge.hubspot.client;

import tools.jackson.databind.JsonNode;

/** A HubSpot answer the caller handles itself: 2xx (207 included), 404 or 409. {@code body} is never null. */
public record HubSpotReply(int status, JsonNode body) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }
}
