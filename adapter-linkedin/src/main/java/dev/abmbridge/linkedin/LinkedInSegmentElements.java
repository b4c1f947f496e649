package dev.abmbridge.linkedin;

import dev.abmbridge.linkedin.client.LinkedInJson;
import tools.jackson.databind.node.ObjectNode;

import java.util.Locale;

/**
 * Builds the streaming elements: a company by {@code companyWebsiteDomain}, with {@code companyName} and
 * {@code organizationUrn} when known; a user by {@code userIds:[{SHA256_EMAIL}]} with first name and last name
 * (35 characters at most), title and company (50) and an ISO alpha-2 country when known. Longer values are cut
 * at a character boundary; an e-mail is never an input here.
 */
public final class LinkedInSegmentElements {

    static final int NAME_MAX = 35;
    static final int TITLE_MAX = 50;
    static final int COMPANY_MAX = 50;

    private LinkedInSegmentElements() {
    }

    public static ObjectNode company(boolean add, LinkedInCompany company) {
        ObjectNode element = LinkedInJson.object();
        element.put("action", add ? "ADD" : "REMOVE");
        element.put("companyWebsiteDomain", company.domain().strip().toLowerCase(Locale.ROOT));
        putIfPresent(element, "companyName", company.name(), Integer.MAX_VALUE);
        if (company.organizationUrn() != null && company.organizationUrn().matches("urn:li:organization:\\d+")) {
            element.put("organizationUrn", company.organizationUrn());
        }
        return element;
    }

    public static ObjectNode user(boolean add, LinkedInUser user) {
        ObjectNode element = LinkedInJson.object();
        element.put("action", add ? "ADD" : "REMOVE");
        element.putArray("userIds").addObject().put("idType", "SHA256_EMAIL").put("idValue", user.emailSha256());
        putIfPresent(element, "firstName", user.firstName(), NAME_MAX);
        putIfPresent(element, "lastName", user.lastName(), NAME_MAX);
        putIfPresent(element, "title", user.title(), TITLE_MAX);
        putIfPresent(element, "company", user.company(), COMPANY_MAX);
        if (user.country() != null && user.country().strip().matches("[A-Za-z]{2}")) {
            element.put("country", user.country().strip().toUpperCase(Locale.ROOT));
        }
        return element;
    }

    private static void putIfPresent(ObjectNode element, String field, String value, int max) {
        if (value != null && !value.isBlank()) {
            element.put(field, cut(value.strip(), max));
        }
    }

    /** At most {@code max} characters (code points), never splitting a surrogate pair. */
    static String cut(String value, int max) {
        if (value.codePointCount(0, value.length()) <= max) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, max)).strip();
    }
}
