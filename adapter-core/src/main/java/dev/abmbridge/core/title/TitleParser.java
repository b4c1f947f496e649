package dev.abmbridge.core.title;

import java.util.List;

/**
 * Parses free-text job titles into seniority and function (PLAYBOOK.md, "Contacts and buying
 * roles"). Thread-safe and immutable; the keyword table is read once, in the constructor.
 *
 * <p>The title is split into words and segments ({@link TitleTokenizer}), the first segment that
 * says anything is read ({@link SegmentReader}), and bracketed words fill in what it left open.
 * Then two defaults apply: a function with no level word is STAFF, and a C-level title that names
 * no function is EXECUTIVE.
 */
public final class TitleParser {
    private static final ParsedTitle NOTHING_SAID = ParsedTitle.UNKNOWN;

    private final TitleTokenizer tokenizer;
    private final SegmentReader reader;

    public TitleParser() {
        this.tokenizer = new TitleTokenizer();
        this.reader = new SegmentReader(new KeywordTable(tokenizer).loadDefault());
    }

    /** The title's seniority and function; {@link ParsedTitle#UNKNOWN} for a null or blank title. */
    public ParsedTitle parse(String title) {
        if (title == null || title.isBlank()) {
            return ParsedTitle.UNKNOWN;
        }
        TitleTokens tokens = tokenizer.tokenize(title);
        ParsedTitle said = firstSaying(tokens.segments());
        if (isOpen(said) && !tokens.aside().isEmpty()) {
            said = filledIn(said, reader.read(tokens.aside()));
        }
        return withDefaults(said);
    }

    private ParsedTitle firstSaying(List<List<String>> segments) {
        for (List<String> segment : segments) {
            ParsedTitle said = reader.read(segment);
            if (!said.equals(NOTHING_SAID)) {
                return said;
            }
        }
        return NOTHING_SAID;
    }

    private static boolean isOpen(ParsedTitle said) {
        return said.seniority() == Seniority.UNKNOWN || said.function() == JobFunction.OTHER;
    }

    private static ParsedTitle filledIn(ParsedTitle said, ParsedTitle aside) {
        return new ParsedTitle(
                said.seniority() == Seniority.UNKNOWN ? aside.seniority() : said.seniority(),
                said.function() == JobFunction.OTHER ? aside.function() : said.function());
    }

    private static ParsedTitle withDefaults(ParsedTitle said) {
        if (said.seniority() == Seniority.UNKNOWN && said.function() != JobFunction.OTHER) {
            return new ParsedTitle(Seniority.STAFF, said.function());
        }
        if (said.seniority() == Seniority.C_LEVEL && said.function() == JobFunction.OTHER) {
            return new ParsedTitle(Seniority.C_LEVEL, JobFunction.EXECUTIVE);
        }
        return said;
    }
}
