package dev.abmbridge.app.config;

import dev.abmbridge.salesforce.SalesforceAuthConfig;

import java.time.Duration;
import java.util.List;

/**
 * A {@code type: salesforce} connection as written in abm-bridge.yml (kebab-case keys). Unset options keep the
 * defaults of {@link dev.abmbridge.salesforce.SalesforceConfig}. Secrets are {@code ${ENV_VAR}} or {@code file:path}.
 *
 * @param url the org's My Domain URL, e.g. https://acme.my.salesforce.com
 * @param campaignMemberStatus the Status of the CampaignMembers the connection creates when it has the role
 *                             {@code audiences} (default {@code Sent})
 */
public record SalesforceProperties(String type, List<String> roles, String url, SalesforceAuthConfig.Flow flow,
                                   String clientId, String clientSecret, String username, String privateKey,
                                   String audience, String refreshToken, Long apiReserve, Integer queryBatchSize,
                                   Integer bulkReadThreshold, String permissionSet, Duration timeout,
                                   OwnedFieldNames ownedFields, List<String> accountCustomFields,
                                   List<String> contactCustomFields, Integer bulkWriteThreshold,
                                   String campaignMemberStatus) {
}
