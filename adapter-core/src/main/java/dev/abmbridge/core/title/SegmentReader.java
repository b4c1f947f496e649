package dev.abmbridge.core.title;

import java.util.List;

/** Reads the words of one segment, keyword by keyword, into what they say. */
final class SegmentReader {
    private final KeywordIndex keywords;

    SegmentReader(KeywordIndex keywords) {
        this.keywords = keywords;
    }

    /** Seniority and function as said by the words, UNKNOWN / OTHER where they say nothing. */
    ParsedTitle read(List<String> words) {
        TitleEvidence evidence = new TitleEvidence();
        int i = 0;
        while (i < words.size()) {
            KeywordIndex.Match match = keywords.longestAt(words, i);
            if (match == null) {
                i++;
                continue;
            }
            if (match.term().has(TermMarker.CUT)) {
                break;
            }
            evidence.add(match.term(), i, i + match.length());
            i += match.length();
        }
        return evidence.conclusion();
    }
}
