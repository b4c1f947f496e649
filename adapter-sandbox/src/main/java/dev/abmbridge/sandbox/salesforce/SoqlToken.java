package dev.abmbridge.sandbox.salesforce;

/** One lexical token of a SOQL string with its 1-based column. */
record SoqlToken(Kind kind, String text, int column) {

    enum Kind { WORD, STRING, NUMBER, DATETIME, SYMBOL, END }

    boolean isWord(String word) {
        return kind == Kind.WORD && text.equalsIgnoreCase(word);
    }

    boolean isSymbol(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }
}
