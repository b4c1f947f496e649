package dev.abmbridge.linkedin.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Rest.li 2.0 encoding. In a path, a key (a URN) is fully percent-encoded ({@code :} becomes {@code %3A}).
 * In a query, the Rest.li syntax characters {@code ( ) , :} of lists and objects stay raw while each value
 * inside is percent-encoded: {@code accounts=List(urn%3Ali%3AsponsoredAccount%3A1)}.
 */
public final class RestLi {

    private RestLi() {
    }

    /** Percent-encodes every reserved character, including {@code : ( ) ,}; spaces as {@code %20}. */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A resource key in a path segment. */
    public static String pathKey(String key) {
        return encode(key);
    }

    /** {@code List(v1,v2)} with each value encoded. */
    public static String list(Collection<String> values) {
        return values.stream().map(RestLi::encode).collect(Collectors.joining(",", "List(", ")"));
    }

    /** {@code (year:Y,month:M,day:D)}. */
    public static String date(LocalDate date) {
        return "(year:" + date.getYear() + ",month:" + date.getMonthValue() + ",day:" + date.getDayOfMonth() + ")";
    }

    /** {@code (start:(…),end:(…))}, both ends inclusive. */
    public static String dateRange(LocalDate start, LocalDate end) {
        return "(start:" + date(start) + ",end:" + date(end) + ")";
    }

    /** One {@code name=value} query parameter with an ordinary (non-Rest.li) value, encoded. */
    public static String param(String name, String value) {
        return encode(name) + "=" + encode(value);
    }

    /** One query parameter whose value is already Rest.li-encoded ({@link #list}, {@link #dateRange}). */
    public static String rawParam(String name, String restLiValue) {
        return encode(name) + "=" + restLiValue;
    }
}
