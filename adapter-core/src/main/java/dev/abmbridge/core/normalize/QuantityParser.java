package dev.abmbridge.core.normalize;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Parses head counts and revenue as exports write them: {@code 1,200}, {@code 1.2k}, {@code 12 k},
 * {@code 51-200} (a range gives its lower bound), {@code 10,000+}, {@code $50M}, {@code €1.2bn},
 * {@code USD 3.4 million}. Arithmetic is exact ({@link BigDecimal}); currencies are dropped, never
 * converted.
 *
 * <p>Separators. The file contract is English-formatted, so {@code ,} groups thousands and
 * {@code .} is the decimal point. A European number is read only where it cannot be read as
 * English: both separators present (the last one is the decimal point: {@code 1.234,5}), several
 * dots ({@code 1.200.000}), or one comma not followed by exactly three digits ({@code 2,5}).
 * A single dot followed by exactly three digits and no magnitude ({@code 1.200}) is rejected as
 * ambiguous rather than guessed. Spaces and {@code '} may also group thousands ({@code 1 200 000}).
 */
public final class QuantityParser {
    private static final Map<String, BigDecimal> MAGNITUDES = Map.ofEntries(
            Map.entry("k", BigDecimal.valueOf(1_000L)),
            Map.entry("thousand", BigDecimal.valueOf(1_000L)),
            Map.entry("m", BigDecimal.valueOf(1_000_000L)),
            Map.entry("mm", BigDecimal.valueOf(1_000_000L)),
            Map.entry("mn", BigDecimal.valueOf(1_000_000L)),
            Map.entry("mio", BigDecimal.valueOf(1_000_000L)),
            Map.entry("million", BigDecimal.valueOf(1_000_000L)),
            Map.entry("millions", BigDecimal.valueOf(1_000_000L)),
            Map.entry("b", BigDecimal.valueOf(1_000_000_000L)),
            Map.entry("bn", BigDecimal.valueOf(1_000_000_000L)),
            Map.entry("mrd", BigDecimal.valueOf(1_000_000_000L)),
            Map.entry("billion", BigDecimal.valueOf(1_000_000_000L)),
            Map.entry("billions", BigDecimal.valueOf(1_000_000_000L)));

    /** Letters written before a currency symbol: US$, A$, C$, HK$, R$ ... */
    private static final Set<String> SYMBOL_PREFIXES = Set.of("US", "A", "AU", "C", "CA", "NZ", "HK", "S", "R");

    private static final Set<String> CURRENCY_CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    private QuantityParser() {
    }

    /** Employees, rounded half-up to a whole number; null when missing or a placeholder. */
    public static Long parseEmployees(String text) {
        BigDecimal value = parse(text, "employees");
        if (value == null) {
            return null;
        }
        try {
            return value.setScale(0, RoundingMode.HALF_UP).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("employees value '" + text + "' is out of range", e);
        }
    }

    /** Annual revenue in the source's currency; null when missing or a placeholder. */
    public static BigDecimal parseRevenue(String text) {
        BigDecimal value = parse(text, "annualRevenue");
        if (value == null) {
            return null;
        }
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    private static BigDecimal parse(String text, String what) {
        if (Placeholder.isMissing(text)) {
            return null;
        }
        String s = text.strip();
        int sep = rangeSeparator(s);
        if (sep < 0) {
            return single(s, text, what).value();
        }
        int sepLength = s.startsWith("to", sep) ? 2 : 1;
        Amount low = single(s.substring(0, sep), text, what);
        Amount high = single(s.substring(sep + sepLength), text, what);
        // "1-5M" means 1M to 5M: a bare lower bound borrows the upper bound's magnitude.
        BigDecimal lowValue = low.magnitude() == null && high.magnitude() != null
                ? low.number().multiply(high.magnitude()) : low.value();
        if (lowValue.compareTo(high.value()) > 0) {
            throw new IllegalArgumentException(what + " value '" + text + "' is a range whose lower bound exceeds its upper bound");
        }
        return lowValue;
    }

    /** Index of a range separator (hyphen, en or em dash, or the word "to") after a digit, or -1. */
    private static int rangeSeparator(String s) {
        boolean digitSeen = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digitSeen = true;
            } else if (digitSeen && (c == '-' || c == '\u2013' || c == '\u2014')) {
                return i;
            } else if (digitSeen && c == ' ' && s.regionMatches(true, i + 1, "to ", 0, 3)) {
                return i + 1;
            }
        }
        return -1;
    }

    private record Amount(BigDecimal number, BigDecimal magnitude) {
        BigDecimal value() {
            return magnitude == null ? number : number.multiply(magnitude);
        }
    }

    private static Amount single(String part, String original, String what) {
        String s = part.strip();
        if (s.endsWith("+")) {
            s = s.substring(0, s.length() - 1).strip(); // "10,000+" means at least 10,000
        }
        s = stripCurrency(s);
        if (s.length() > 1 && s.endsWith(".") && Character.isLetter(s.charAt(s.length() - 2))) {
            s = s.substring(0, s.length() - 1); // an abbreviated magnitude: "1,5 Mio.", "2 Mrd."
        }
        BigDecimal magnitude = null;
        int letters = trailingLetters(s);
        if (letters == s.length()) {
            throw garbage(original, what, "no digits");
        }
        if (letters > 0) {
            String word = s.substring(s.length() - letters).toLowerCase(Locale.ROOT);
            magnitude = MAGNITUDES.get(word);
            if (magnitude == null) {
                throw garbage(original, what, "'" + word + "' is not a known magnitude (k, M, B, million, ...)");
            }
            s = stripCurrency(s.substring(0, s.length() - letters).strip());
        }
        BigDecimal number = number(s, magnitude != null, original, what);
        return new Amount(number, magnitude);
    }

    /** Removes currency symbols and ISO 4217 codes at either end ("$", "€", "USD ", " EUR", "US$"). */
    private static String stripCurrency(String s) {
        String t = s;
        while (!t.isEmpty() && Character.getType(t.charAt(0)) == Character.CURRENCY_SYMBOL) {
            t = t.substring(1).strip();
        }
        int lead = leadingLetters(t);
        if (lead > 0 && lead < t.length()) {
            String word = t.substring(0, lead).toUpperCase(Locale.ROOT);
            char next = t.charAt(lead);
            if (Character.getType(next) == Character.CURRENCY_SYMBOL && SYMBOL_PREFIXES.contains(word)) {
                t = t.substring(lead + 1).strip();
            } else if (lead == 3 && CURRENCY_CODES.contains(word) && !Character.isLetter(next)) {
                t = t.substring(lead).strip();
            }
            while (!t.isEmpty() && Character.getType(t.charAt(0)) == Character.CURRENCY_SYMBOL) {
                t = t.substring(1).strip();
            }
        }
        while (!t.isEmpty() && Character.getType(t.charAt(t.length() - 1)) == Character.CURRENCY_SYMBOL) {
            t = t.substring(0, t.length() - 1).strip();
        }
        int trail = trailingLetters(t);
        if (trail == 3 && trail < t.length()
                && CURRENCY_CODES.contains(t.substring(t.length() - 3).toUpperCase(Locale.ROOT))) {
            t = t.substring(0, t.length() - 3).strip();
            while (!t.isEmpty() && Character.getType(t.charAt(t.length() - 1)) == Character.CURRENCY_SYMBOL) {
                t = t.substring(0, t.length() - 1).strip();
            }
        }
        return t;
    }

    private static int leadingLetters(String s) {
        int i = 0;
        while (i < s.length() && Character.isLetter(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trailingLetters(String s) {
        int i = s.length();
        while (i > 0 && Character.isLetter(s.charAt(i - 1))) {
            i--;
        }
        return s.length() - i;
    }

    /** Reads the digits and separators left once currency and magnitude are gone. */
    private static BigDecimal number(String s, boolean hasMagnitude, String original, String what) {
        if (s.isEmpty()) {
            throw garbage(original, what, "no number");
        }
        int commas = 0;
        int dots = 0;
        int lastComma = -1;
        int lastDot = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',') {
                commas++;
                lastComma = i;
            } else if (c == '.') {
                dots++;
                lastDot = i;
            } else if (!(c >= '0' && c <= '9') && !isGroupingSpace(c)) {
                throw garbage(original, what, "unexpected character '" + c + "'");
            }
        }
        int decimalAt;
        if (commas > 0 && dots > 0) {
            decimalAt = Math.max(lastComma, lastDot);
        } else if (dots > 1) {
            decimalAt = -1;
        } else if (dots == 1) {
            if (!hasMagnitude && commas == 0 && s.length() - lastDot - 1 == 3 && !isGroupingSpaced(s)) {
                throw garbage(original, what, "ambiguous: '.' followed by three digits may be a decimal point or a "
                        + "thousands separator; write 1200 or 1,200 (or 1.2 with a magnitude such as 1.2k)");
            }
            decimalAt = lastDot;
        } else if (commas == 1 && s.length() - lastComma - 1 != 3) {
            decimalAt = lastComma; // "2,5": cannot be an English thousands separator
        } else {
            decimalAt = -1;
        }
        String integer = decimalAt < 0 ? s : s.substring(0, decimalAt);
        String fraction = decimalAt < 0 ? "" : s.substring(decimalAt + 1);
        StringBuilder digits = new StringBuilder(s.length());
        appendGrouped(integer, digits, original, what);
        if (!fraction.isEmpty()) {
            for (int i = 0; i < fraction.length(); i++) {
                char c = fraction.charAt(i);
                if (c < '0' || c > '9') {
                    throw garbage(original, what, "misplaced separator");
                }
            }
            digits.append('.').append(fraction);
        } else if (decimalAt >= 0) {
            throw garbage(original, what, "no digits after the decimal separator");
        }
        return new BigDecimal(digits.toString());
    }

    /** Integer part: digits, optionally grouped by threes with one kind of separator. */
    private static void appendGrouped(String integer, StringBuilder digits, String original, String what) {
        int groupLength = -1; // -1: no separator seen yet
        int run = 0;
        char separator = 0;
        for (int i = 0; i < integer.length(); i++) {
            char c = integer.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
                run++;
            } else {
                boolean firstGroupOk = groupLength == -1 && run >= 1 && run <= 3;
                boolean laterGroupOk = groupLength != -1 && run == 3;
                if (!(firstGroupOk || laterGroupOk) || (separator != 0 && c != separator)) {
                    throw garbage(original, what, "thousands separators must group digits by three");
                }
                separator = c;
                groupLength = run;
                run = 0;
            }
        }
        if (run == 0 || (groupLength != -1 && run != 3)) {
            throw garbage(original, what, "thousands separators must group digits by three");
        }
    }

    private static boolean isGroupingSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\'' || c == '\u2019';
    }

    private static boolean isGroupingSpaced(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isGroupingSpace(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static IllegalArgumentException garbage(String original, String what, String why) {
        return new IllegalArgumentException(what + " value '" + original + "' is not a number: " + why);
    }
}
