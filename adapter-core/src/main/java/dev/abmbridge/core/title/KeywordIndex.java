package dev.abmbridge.core.title;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the longest keyword starting at a word: a trie over words, so a phrase costs one hash
 * look-up per word and words that start no keyword cost one look-up in all.
 *
 * <p>A word that is no keyword may still be a compound (German and Dutch write "Vertriebsleiter",
 * "Inkoopmanager"): it is read as a known compound head after a front word that names a function,
 * with an optional linking "s" ("Vertriebs-"). Immutable once built.
 */
final class KeywordIndex {

    /** A keyword found in a title: what it says and how many words it spans. */
    record Match(TitleTerm term, int length) {
    }

    private record Node(TitleTerm term, Map<String, Node> next) {
    }

    private static final int SHORTEST_FRONT = 2;

    private final Map<String, Node> roots;
    private final List<Map.Entry<String, TitleTerm>> compoundHeads;

    private KeywordIndex(Map<String, Node> roots, List<Map.Entry<String, TitleTerm>> compoundHeads) {
        this.roots = roots;
        this.compoundHeads = compoundHeads;
    }

    /** The longest keyword starting at {@code words[from]}, or null when none does. */
    Match longestAt(List<String> words, int from) {
        Node node = roots.get(words.get(from));
        if (node == null) {
            TitleTerm compound = compound(words.get(from));
            return compound == null ? null : new Match(compound, 1);
        }
        TitleTerm best = node.term();
        int bestLength = 1;
        for (int i = from + 1; i < words.size() && !node.next().isEmpty(); i++) {
            node = node.next().get(words.get(i));
            if (node == null) {
                break;
            }
            if (node.term() != null) {
                best = node.term();
                bestLength = i - from + 1;
            }
        }
        if (best == null) {
            TitleTerm compound = compound(words.get(from));
            return compound == null ? null : new Match(compound, 1);
        }
        return new Match(best, bestLength);
    }

    private TitleTerm compound(String word) {
        for (Map.Entry<String, TitleTerm> head : compoundHeads) {
            String suffix = head.getKey();
            if (word.length() >= suffix.length() + SHORTEST_FRONT && word.endsWith(suffix)) {
                TitleTerm front = functionWord(word, word.length() - suffix.length());
                return front == null ? head.getValue() : head.getValue().withFunctionOf(front);
            }
        }
        return null;
    }

    private TitleTerm functionWord(String word, int end) {
        TitleTerm front = singleWord(word.substring(0, end));
        if (front == null && word.charAt(end - 1) == 's' && end - 1 >= SHORTEST_FRONT) {
            front = singleWord(word.substring(0, end - 1));
        }
        return front != null && front.namesFunction() && onlyCompoundHead(front) ? front : null;
    }

    // A front like "Einkaufs-" may itself be a compound head; one that cuts or assists may not.
    private static boolean onlyCompoundHead(TitleTerm front) {
        int markers = front.markers().size();
        return markers == 0 || (markers == 1 && front.has(TermMarker.COMPOUND_HEAD));
    }

    private TitleTerm singleWord(String word) {
        Node node = roots.get(word);
        return node == null ? null : node.term();
    }

    /** Collects keywords; a phrase given twice with different meanings is a mistake in the table. */
    static final class Builder {
        private final Map<String, Builder> children = new HashMap<>();
        private TitleTerm term;

        void add(List<String> words, TitleTerm meaning) {
            Builder node = this;
            for (String word : words) {
                node = node.children.computeIfAbsent(word, w -> new Builder());
            }
            if (node.term != null && !node.term.equals(meaning)) {
                throw new IllegalArgumentException("keyword '" + String.join(" ", words)
                        + "' defined twice: " + node.term + " and " + meaning);
            }
            node.term = meaning;
        }

        KeywordIndex build() {
            Map<String, Node> roots = freeze(children);
            List<Map.Entry<String, TitleTerm>> heads = new ArrayList<>();
            roots.forEach((word, node) -> {
                if (node.term() != null && node.term().has(TermMarker.COMPOUND_HEAD)) {
                    heads.add(Map.entry(word, node.term()));
                }
            });
            // Longest first, so "sachbearbeiter" is tried before "bearbeiter" would be.
            heads.sort(Comparator.comparingInt((Map.Entry<String, TitleTerm> e) -> -e.getKey().length())
                    .thenComparing(Map.Entry::getKey));
            return new KeywordIndex(roots, List.copyOf(heads));
        }

        private static Map<String, Node> freeze(Map<String, Builder> children) {
            Map<String, Node> frozen = new HashMap<>(children.size() * 2);
            children.forEach((word, child) -> frozen.put(word, new Node(child.term, freeze(child.children))));
            return Map.copyOf(frozen);
        }
    }
}
