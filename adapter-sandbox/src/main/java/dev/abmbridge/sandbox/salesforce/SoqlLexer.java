package dev.abmbridge.sandbox.salesforce;

import java.util.ArrayList;
import java.util.List;

/** Splits the SOQL subset the emulator understands into tokens. */
final class SoqlLexer {

    private SoqlLexer() {
    }

    static List<SoqlToken> tokens(String soql) {
        List<SoqlToken> tokens = new ArrayList<>();
        int i = 0;
        int n = soql.length();
        while (i < n) {
            char c = soql.charAt(i);
            int column = i + 1;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'') {
                StringBuilder value = new StringBuilder();
                i++;
                while (i < n && soql.charAt(i) != '\'') {
                    if (soql.charAt(i) == '\\' && i + 1 < n) {
                        i++;
                    }
                    value.append(soql.charAt(i++));
                }
                if (i >= n) {
                    throw SalesforceFault.malformedQuery("unterminated string literal", 1, column);
                }
                i++;
                tokens.add(new SoqlToken(SoqlToken.Kind.STRING, value.toString(), column));
            } else if (Character.isDigit(c) || (c == '-' && i + 1 < n && Character.isDigit(soql.charAt(i + 1)))) {
                int start = i++;
                while (i < n && (Character.isLetterOrDigit(soql.charAt(i)) || ":.+-".indexOf(soql.charAt(i)) >= 0)) {
                    i++;
                }
                String text = soql.substring(start, i);
                SoqlToken.Kind kind = text.contains("T") && text.contains("-") && text.indexOf('-') > 0
                        ? SoqlToken.Kind.DATETIME : SoqlToken.Kind.NUMBER;
                tokens.add(new SoqlToken(kind, text, column));
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(soql.charAt(i)) || soql.charAt(i) == '_' || soql.charAt(i) == '.')) {
                    i++;
                }
                tokens.add(new SoqlToken(SoqlToken.Kind.WORD, soql.substring(start, i), column));
            } else if ("<>!".indexOf(c) >= 0 && i + 1 < n && (soql.charAt(i + 1) == '=' || (c == '<' && soql.charAt(i + 1) == '>'))) {
                tokens.add(new SoqlToken(SoqlToken.Kind.SYMBOL, soql.substring(i, i + 2), column));
                i += 2;
            } else if ("=<>(),".indexOf(c) >= 0) {
                tokens.add(new SoqlToken(SoqlToken.Kind.SYMBOL, String.valueOf(c), column));
                i++;
            } else {
                throw SalesforceFault.malformedQuery("unexpected token: '" + c + "'", 1, column);
            }
        }
        tokens.add(new SoqlToken(SoqlToken.Kind.END, "", n + 1));
        return tokens;
    }
}
