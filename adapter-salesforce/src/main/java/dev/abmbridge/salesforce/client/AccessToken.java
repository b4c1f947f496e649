package dev.abmbridge.salesforce.client;

import java.util.Objects;

/** An OAuth access token and the instance URL it belongs to. {@link #toString()} never shows the token. */
public record AccessToken(String value, String instanceUrl) {

    public AccessToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(instanceUrl, "instanceUrl");
    }

    @Override
    public String toString() {
        return "AccessToken[instanceUrl=" + instanceUrl + ", value=****]";
    }
}
