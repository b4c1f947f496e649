package dev.abmbridge.sandbox.salesforce;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the SOQL a sync uses: {@code SELECT f1, f2 | COUNT() FROM Object [WHERE …] [ORDER BY f [ASC|DESC]
 * [NULLS FIRST|LAST], …] [LIMIT n]}. Like SOQL, mixing AND and OR at one level without parentheses is an error.
 */
final class SoqlParser {

    private final List<SoqlToken> tokens;
    private int position;

    private SoqlParser(String soql) {
        this.tokens = SoqlLexer.tokens(soql);
    }

    static SoqlQuery parse(String soql) {
        return new SoqlParser(soql).query();
    }

    private SoqlQuery query() {
        expectWord("SELECT");
        List<SoqlToken> fields = new ArrayList<>();
        boolean count = false;
        if (peek().isWord("COUNT") && tokens.get(position + 1).isSymbol("(")) {
            position++;
            expectSymbol("(");
            expectSymbol(")");
            count = true;
        } else {
            fields.add(expectKind(SoqlToken.Kind.WORD));
            while (peek().isSymbol(",")) {
                position++;
                fields.add(expectKind(SoqlToken.Kind.WORD));
            }
        }
        expectWord("FROM");
        SoqlToken object = expectKind(SoqlToken.Kind.WORD);
        SoqlCondition where = null;
        if (peek().isWord("WHERE")) {
            position++;
            where = condition();
        }
        List<SoqlQuery.Order> orderBy = new ArrayList<>();
        if (peek().isWord("ORDER")) {
            position++;
            expectWord("BY");
            do {
                if (!orderBy.isEmpty()) {
                    position++;
                }
                orderBy.add(order());
            } while (peek().isSymbol(","));
        }
        Integer limit = null;
        if (peek().isWord("LIMIT")) {
            position++;
            SoqlToken n = expectKind(SoqlToken.Kind.NUMBER);
            limit = Integer.valueOf(n.text());
        }
        if (peek().kind() != SoqlToken.Kind.END) {
            throw unexpected(peek());
        }
        return new SoqlQuery(fields, count, object, where, orderBy, limit);
    }

    private SoqlQuery.Order order() {
        SoqlToken field = expectKind(SoqlToken.Kind.WORD);
        boolean descending = false;
        if (peek().isWord("ASC") || peek().isWord("DESC")) {
            descending = next().isWord("DESC");
        }
        boolean nullsLast = descending;
        if (peek().isWord("NULLS")) {
            position++;
            SoqlToken which = next();
            if (!which.isWord("FIRST") && !which.isWord("LAST")) {
                throw unexpected(which);
            }
            nullsLast = which.isWord("LAST");
        }
        return new SoqlQuery.Order(field, descending, nullsLast);
    }

    private SoqlCondition condition() {
        List<SoqlCondition> parts = new ArrayList<>();
        parts.add(unary());
        String joiner = null;
        while (peek().isWord("AND") || peek().isWord("OR")) {
            SoqlToken op = next();
            if (joiner != null && !joiner.equalsIgnoreCase(op.text())) {
                throw unexpected(op);
            }
            joiner = op.text();
            parts.add(unary());
        }
        if (joiner == null) {
            return parts.get(0);
        }
        return joiner.equalsIgnoreCase("AND") ? new SoqlCondition.And(parts) : new SoqlCondition.Or(parts);
    }

    private SoqlCondition unary() {
        if (peek().isWord("NOT")) {
            position++;
            return new SoqlCondition.Not(unary());
        }
        if (peek().isSymbol("(")) {
            position++;
            SoqlCondition inner = condition();
            expectSymbol(")");
            return inner;
        }
        SoqlToken field = expectKind(SoqlToken.Kind.WORD);
        SoqlToken op = next();
        if (op.isWord("IN") || op.isWord("NOT")) {
            boolean negated = op.isWord("NOT");
            if (negated) {
                expectWord("IN");
            }
            expectSymbol("(");
            List<SoqlToken> values = new ArrayList<>();
            values.add(literal());
            while (peek().isSymbol(",")) {
                position++;
                values.add(literal());
            }
            expectSymbol(")");
            return new SoqlCondition.Comparison(field, negated ? "NOT IN" : "IN", values);
        }
        if (op.kind() != SoqlToken.Kind.SYMBOL || op.text().equals("(") || op.text().equals(")") || op.text().equals(",")) {
            throw unexpected(op);
        }
        String operator = op.text().equals("<>") ? "!=" : op.text();
        return new SoqlCondition.Comparison(field, operator, List.of(literal()));
    }

    private SoqlToken literal() {
        SoqlToken token = next();
        boolean ok = switch (token.kind()) {
            case STRING, NUMBER, DATETIME -> true;
            case WORD -> token.isWord("null") || token.isWord("true") || token.isWord("false");
            default -> false;
        };
        if (!ok) {
            throw unexpected(token);
        }
        return token;
    }

    private SoqlToken peek() {
        return tokens.get(position);
    }

    private SoqlToken next() {
        SoqlToken token = tokens.get(position);
        if (token.kind() != SoqlToken.Kind.END) {
            position++;
        }
        return token;
    }

    private void expectWord(String word) {
        SoqlToken token = next();
        if (!token.isWord(word)) {
            throw unexpected(token);
        }
    }

    private void expectSymbol(String symbol) {
        SoqlToken token = next();
        if (!token.isSymbol(symbol)) {
            throw unexpected(token);
        }
    }

    private SoqlToken expectKind(SoqlToken.Kind kind) {
        SoqlToken token = next();
        if (token.kind() != kind) {
            throw unexpected(token);
        }
        return token;
    }

    private static SalesforceFault unexpected(SoqlToken token) {
        String text = token.kind() == SoqlToken.Kind.END ? "<EOF>" : token.text();
        return SalesforceFault.malformedQuery("unexpected token: '" + text + "'", 1, token.column());
    }
}
