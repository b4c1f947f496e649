package dev.abmbridge.hubspot;

import dev.abmbridge.core.spi.OwnedFields;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every option of a HubSpot connection, with its default (docs/connectors/hubspot.md lists them). Secrets are
 * references ({@code env:NAME}, {@code file:/path}), never values, so {@link #toString()} is safe to log.
 *
 * @param apiVersion            the date-based version segment of every path ({@code 2026-03}, {@code 2026-09})
 * @param auth                  {@link AuthMode#TOKEN} (private-app token or service key) or {@link AuthMode#OAUTH}
 * @param tokenRef              the bearer token's reference, for {@code TOKEN}
 * @param tenSecondLimit        the rolling ten-second limit of the portal (from the tier unless set)
 * @param dailyLimit            calls per day (from the tier unless set)
 * @param searchPerSecond       the CRM search limit (5 per second per account)
 * @param maxAttempts           attempts of one call on 429/423/477/5xx before the engine gets a retriable failure
 * @param maxWait               the longest wait the connector sits out itself; longer waits go back to the engine
 * @param portalZone            the portal's time zone (the daily limit resets at its midnight)
 * @param companyProperties     owned account field → HubSpot company property (custom group)
 * @param contactProperties     owned contact field → HubSpot contact property (custom group)
 * @param nativeTargetAccount   also write {@code hs_is_target_account} from the ICP flag
 * @param nativeIcpTier         also write {@code hs_ideal_customer_profile} through {@code tierValues}
 * @param nativeBuyingRole      also write {@code hs_buying_role} through {@code buyingRoleValues}
 * @param removeUnmanagedBuyingRoles remove buying-role values a person set (default false: they are kept)
 * @param salesforceIdProperty  company property HubSpot's Salesforce integration fills (cross-system id); null: none
 * @param lookUpAssociations    read contact→company associations for contacts without a primary company id
 * @param searchSettle          records modified less than this long ago are left for the next pull (search indexes
 *                              changes with a delay; a cursor must not pass a change search has not indexed yet)
 */
public record HubSpotConfig(
        URI baseUrl,
        String apiVersion,
        AuthMode auth,
        String tokenRef,
        String clientId,
        String clientSecretRef,
        String refreshTokenRef,
        String tokenPath,
        int tenSecondLimit,
        long dailyLimit,
        int searchPerSecond,
        int maxAttempts,
        Duration maxWait,
        ZoneId portalZone,
        String groupName,
        String groupLabel,
        Map<String, String> companyProperties,
        Map<String, String> contactProperties,
        boolean nativeTargetAccount,
        boolean nativeIcpTier,
        Map<String, String> tierValues,
        boolean nativeBuyingRole,
        Map<String, String> buyingRoleValues,
        boolean removeUnmanagedBuyingRoles,
        String salesforceIdProperty,
        boolean lookUpAssociations,
        Duration searchSettle) {

    public enum AuthMode {
        /** A legacy private-app token or a service key: {@code Authorization: Bearer <token>}. */
        TOKEN,
        /** A public app's OAuth refresh token, exchanged for short-lived access tokens. */
        OAUTH
    }

    public static final String DEFAULT_API_VERSION = "2026-03";

    public HubSpotConfig {
        companyProperties = Map.copyOf(companyProperties);
        contactProperties = Map.copyOf(contactProperties);
        tierValues = Map.copyOf(tierValues);
        buyingRoleValues = Map.copyOf(buyingRoleValues);
    }

    /** Defaults for a token connection to a Professional portal. */
    public static HubSpotConfig token(String tokenRef) {
        return new HubSpotConfig(URI.create("https://api.hubapi.com"), DEFAULT_API_VERSION, AuthMode.TOKEN, tokenRef, null, null, null,
                "/oauth/v1/token", HubSpotTier.PROFESSIONAL.tenSecondLimit(), HubSpotTier.PROFESSIONAL.dailyLimit(), 5, 5,
                Duration.ofMinutes(2), ZoneId.of("UTC"), "abm", "ABM Bridge", defaultCompanyProperties(), defaultContactProperties(),
                true, true, defaultTierValues(), true, defaultBuyingRoleValues(), false, "salesforceaccountid", true,
                Duration.ofSeconds(30));
    }

    /** Defaults for an OAuth connection (a public app installed in the portal). */
    public static HubSpotConfig oauth(String clientId, String clientSecretRef, String refreshTokenRef) {
        HubSpotConfig c = token(null);
        return new HubSpotConfig(c.baseUrl, c.apiVersion, AuthMode.OAUTH, null, clientId, clientSecretRef, refreshTokenRef, c.tokenPath,
                110, c.dailyLimit, c.searchPerSecond, c.maxAttempts, c.maxWait, c.portalZone, c.groupName, c.groupLabel,
                c.companyProperties, c.contactProperties, c.nativeTargetAccount, c.nativeIcpTier, c.tierValues, c.nativeBuyingRole,
                c.buyingRoleValues, c.removeUnmanagedBuyingRoles, c.salesforceIdProperty, c.lookUpAssociations, c.searchSettle);
    }

    public static Map<String, String> defaultCompanyProperties() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(OwnedFields.FIT_SCORE, "abm_fit_score");
        m.put(OwnedFields.TIER, "abm_tier");
        m.put(OwnedFields.IS_ICP, "abm_is_icp");
        m.put(OwnedFields.REASON, "abm_reason");
        m.put(OwnedFields.COVERAGE, "abm_coverage");
        m.put(OwnedFields.MISSING_ROLES, "abm_missing_roles");
        return m;
    }

    public static Map<String, String> defaultContactProperties() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(OwnedFields.ROLE, "abm_buying_role");
        m.put(OwnedFields.SENIORITY, "abm_seniority");
        m.put(OwnedFields.FUNCTION, "abm_function");
        return m;
    }

    public static Map<String, String> defaultTierValues() {
        return Map.of("Tier 1", "tier_1", "Tier 2", "tier_2", "Tier 3", "tier_3");
    }

    public static Map<String, String> defaultBuyingRoleValues() {
        return Map.of("Decision Maker", "DECISION_MAKER", "Economic Buyer", "BUDGET_HOLDER", "Champion", "CHAMPION",
                "Technical Evaluator", "INFLUENCER", "End User", "END_USER", "Executive Sponsor", "EXECUTIVE_SPONSOR",
                "Blocker", "BLOCKER", "Influencer", "INFLUENCER", "Legal", "LEGAL_AND_COMPLIANCE");
    }

    public HubSpotConfig withBaseUrl(URI url) {
        return new HubSpotConfig(url, apiVersion, auth, tokenRef, clientId, clientSecretRef, refreshTokenRef, tokenPath, tenSecondLimit,
                dailyLimit, searchPerSecond, maxAttempts, maxWait, portalZone, groupName, groupLabel, companyProperties, contactProperties,
                nativeTargetAccount, nativeIcpTier, tierValues, nativeBuyingRole, buyingRoleValues, removeUnmanagedBuyingRoles,
                salesforceIdProperty, lookUpAssociations, searchSettle);
    }

    public HubSpotConfig withLimits(int tenSecond, long daily, int search) {
        return new HubSpotConfig(baseUrl, apiVersion, auth, tokenRef, clientId, clientSecretRef, refreshTokenRef, tokenPath, tenSecond,
                daily, search, maxAttempts, maxWait, portalZone, groupName, groupLabel, companyProperties, contactProperties,
                nativeTargetAccount, nativeIcpTier, tierValues, nativeBuyingRole, buyingRoleValues, removeUnmanagedBuyingRoles,
                salesforceIdProperty, lookUpAssociations, searchSettle);
    }

    public HubSpotConfig withTier(HubSpotTier tier) {
        return withLimits(tier.tenSecondLimit(), tier.dailyLimit(), searchPerSecond);
    }

    public HubSpotConfig withRetries(int attempts, Duration longestWait) {
        return new HubSpotConfig(baseUrl, apiVersion, auth, tokenRef, clientId, clientSecretRef, refreshTokenRef, tokenPath, tenSecondLimit,
                dailyLimit, searchPerSecond, attempts, longestWait, portalZone, groupName, groupLabel, companyProperties, contactProperties,
                nativeTargetAccount, nativeIcpTier, tierValues, nativeBuyingRole, buyingRoleValues, removeUnmanagedBuyingRoles,
                salesforceIdProperty, lookUpAssociations, searchSettle);
    }

    public HubSpotConfig withApiVersion(String version) {
        return new HubSpotConfig(baseUrl, version, auth, tokenRef, clientId, clientSecretRef, refreshTokenRef, tokenPath, tenSecondLimit,
                dailyLimit, searchPerSecond, maxAttempts, maxWait, portalZone, groupName, groupLabel, companyProperties, contactProperties,
                nativeTargetAccount, nativeIcpTier, tierValues, nativeBuyingRole, buyingRoleValues, removeUnmanagedBuyingRoles,
                salesforceIdProperty, lookUpAssociations, searchSettle);
    }

    public HubSpotConfig withNativeProperties(boolean targetAccount, boolean icpTier, boolean buyingRole, boolean removeUnmanaged) {
        return new HubSpotConfig(baseUrl, apiVersion, auth, tokenRef, clientId, clientSecretRef, refreshTokenRef, tokenPath, tenSecondLimit,
                dailyLimit, searchPerSecond, maxAttempts, maxWait, portalZone, groupName, groupLabel, companyProperties, contactProperties,
                targetAccount, icpTier, tierValues, buyingRole, buyingRoleValues, removeUnmanaged, salesforceIdProperty, lookUpAssociations, searchSettle);
    }

    public HubSpotConfig withValueMappings(Map<String, String> tiers, Map<String, String> buyingRoles) {
        return new HubSpotConfig(baseUrl, apiVersion, auth, tokenRef, clientId, clientSecretRef, refreshTokenRef, tokenPath, tenSecondLimit,
                dailyLimit, searchPerSecond, maxAttempts, maxWait, portalZone, groupName, groupLabel, companyProperties, contactProperties,
                nativeTargetAccount, nativeIcpTier, tiers, nativeBuyingRole, buyingRoles, removeUnmanagedBuyingRoles, salesforceIdProperty,
                lookUpAssociations, searchSettle);
    }

    public HubSpotConfig withSearchSettle(Duration settle) {
        return new HubSpotConfig(baseUrl, apiVersion, auth, tokenRef, clientId, clientSecretRef, refreshTokenRef, tokenPath, tenSecondLimit,
                dailyLimit, searchPerSecond, maxAttempts, maxWait, portalZone, groupName, groupLabel, companyProperties, contactProperties,
                nativeTargetAccount, nativeIcpTier, tierValues, nativeBuyingRole, buyingRoleValues, removeUnmanagedBuyingRoles,
                salesforceIdProperty, lookUpAssociations, settle);
    }

    public HubSpotConfig withSalesforceIdProperty(String property) {
        return new HubSpotConfig(baseUrl, apiVersion, auth, tokenRef, clientId, clientSecretRef, refreshTokenRef, tokenPath, tenSecondLimit,
                dailyLimit, searchPerSecond, maxAttempts, maxWait, portalZone, groupName, groupLabel, companyProperties, contactProperties,
                nativeTargetAccount, nativeIcpTier, tierValues, nativeBuyingRole, buyingRoleValues, removeUnmanagedBuyingRoles,
                property, lookUpAssociations, searchSettle);
    }

    /** Every problem of this configuration at once; empty when it is usable. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (baseUrl == null) {
            problems.add("baseUrl is missing");
        }
        if (apiVersion == null || !apiVersion.matches("\\d{4}-\\d{2}")) {
            problems.add("apiVersion must look like 2026-03, was " + apiVersion);
        }
        if (auth == AuthMode.TOKEN && (tokenRef == null || tokenRef.isBlank())) {
            problems.add("tokenRef is missing (env:NAME or file:/path of the private-app token or service key)");
        }
        if (auth == AuthMode.OAUTH) {
            if (clientId == null || clientId.isBlank()) {
                problems.add("clientId is missing");
            }
            if (clientSecretRef == null || clientSecretRef.isBlank()) {
                problems.add("clientSecretRef is missing");
            }
            if (refreshTokenRef == null || refreshTokenRef.isBlank()) {
                problems.add("refreshTokenRef is missing");
            }
        }
        if (tenSecondLimit < 1 || dailyLimit < 1 || searchPerSecond < 1) {
            problems.add("limits must be positive");
        }
        if (searchSettle == null || searchSettle.isNegative()) {
            problems.add("searchSettle must be zero or positive");
        }
        if (maxAttempts < 1) {
            problems.add("maxAttempts must be at least 1");
        }
        if (groupName == null || !groupName.matches("[a-z][a-z0-9_]*")) {
            problems.add("groupName must be lower-case letters, digits and underscores, starting with a letter");
        }
        for (Map<String, String> names : List.of(companyProperties, contactProperties)) {
            names.forEach((field, name) -> {
                if (name == null || !name.matches("[a-z][a-z0-9_]*")) {
                    problems.add("property name for " + field + " must be lower-case letters, digits and underscores: " + name);
                }
            });
        }
        for (String field : OwnedFields.ACCOUNT) {
            if (!companyProperties.containsKey(field)) {
                problems.add("companyProperties has no property for " + field);
            }
        }
        for (String field : OwnedFields.CONTACT) {
            if (!contactProperties.containsKey(field)) {
                problems.add("contactProperties has no property for " + field);
            }
        }
        return problems;
    }
}
