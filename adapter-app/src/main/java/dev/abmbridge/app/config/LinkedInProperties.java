package dev.abmbridge.app.config;

import java.time.Duration;
import java.util.List;

/**
 * A {@code type: linkedin} connection as written in abm-bridge.yml. Unset options keep the defaults of
 * {@link dev.abmbridge.linkedin.LinkedInConfig}.
 *
 * @param url       the API base URL (https://api.linkedin.com unless testing)
 * @param oauthUrl  the OAuth base URL (https://www.linkedin.com unless testing)
 */
public record LinkedInProperties(String type, List<String> roles, String url, String oauthUrl, String version,
                                 String adAccount, String sourcePlatform, String clientId, String clientSecret,
                                 String accessToken, String refreshToken, Integer batchLimit,
                                 Integer minimumAudienceSize, List<String> engagementAccounts,
                                 Integer engagementWindowDays, Duration segmentReadyAfter) {
}
