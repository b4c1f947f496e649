package dev.abmbridge.core.normalize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A technology list from a separated text ({@code Salesforce; HubSpot} or {@code Salesforce, HubSpot}).
 *
 * <p>When the text contains a {@code ;} it alone separates, and commas stay inside names
 * ({@code Adobe Experience Manager, Sites; Marketo}); otherwise {@code ,} separates.
 */
public final class TechnologyList {
    private TechnologyList() {
    }

    /** Trimmed names, empties dropped, duplicates (by {@link TextKey}) dropped keeping the first spelling. */
    public static List<String> parse(String text) {
        if (text == null) {
            return List.of();
        }
        char separator = text.indexOf(';') >= 0 ? ';' : ',';
        return distinct(List.of(text.split(separator == ';' ? ";" : ",", -1)));
    }

    /** The same cleaning for values that already come as a list (a CRM multi-select). */
    public static List<String> distinct(List<String> names) {
        List<String> out = new ArrayList<>(names.size());
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            String clean = TextValue.clean(trimSeparators(name));
            if (clean != null && seen.add(TextKey.of(clean))) {
                out.add(clean);
            }
        }
        return List.copyOf(out);
    }

    /** Stray separators at the ends ("Salesforce,; HubSpot") are not part of a name. */
    private static String trimSeparators(String name) {
        if (name == null) {
            return null;
        }
        int start = 0;
        int end = name.length();
        while (start < end && isStray(name.charAt(start))) {
            start++;
        }
        while (end > start && isStray(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(start, end);
    }

    private static boolean isStray(char c) {
        return c == ',' || c == ';' || Character.isWhitespace(c);
    }
}
