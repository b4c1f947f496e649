package dev.abmbridge.core.title;

import java.util.List;

/**
 * The words of a title, folded to lower-case ASCII.
 *
 * @param segments the parts separated by "|" or bullets, in order; LinkedIn-style titles stack
 *                 several roles or taglines this way and the first one that says something wins
 * @param aside    the words written in brackets, which only fill in what the segments leave open
 */
record TitleTokens(List<List<String>> segments, List<String> aside) {

    TitleTokens {
        segments = List.copyOf(segments);
        aside = List.copyOf(aside);
    }
}
