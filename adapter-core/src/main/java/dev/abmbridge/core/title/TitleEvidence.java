package dev.abmbridge.core.title;

/**
 * What the keywords of one segment have said so far, and the rules that combine them. Mutable:
 * one instance per segment per parse, never shared between threads.
 */
final class TitleEvidence {
    private Seniority firmSeniority = Seniority.UNKNOWN;
    private Seniority tentativeSeniority = Seniority.UNKNOWN;
    private JobFunction function = JobFunction.OTHER;
    private FunctionWeight functionWeight;
    private boolean assistant;
    private boolean assistantQualifiesLevel;
    private int assistantReachesTo = -1;
    private boolean chiefPending;
    private boolean chiefConfirmed;
    private boolean chiefNamesNextFunction;

    /** Takes in a keyword found at words {@code start} (inclusive) to {@code end} (exclusive). */
    void add(TitleTerm term, int start, int end) {
        followAssistant(term, start, end);
        if (term.has(TermMarker.ASSISTANT)) {
            assistant = true;
            assistantReachesTo = end;
        }
        if (term.has(TermMarker.CHIEF)) {
            chiefPending = true;
            chiefNamesNextFunction = true;
        }
        if (term.has(TermMarker.OFFICER) && chiefPending) {
            chiefConfirmed = true;
        }
        if (term.namesSeniority()) {
            addSeniority(term);
        }
        if (term.namesFunction()) {
            FunctionWeight weight = chiefNamesNextFunction ? FunctionWeight.CHIEF : term.weight();
            chiefNamesNextFunction = false;
            if (functionWeight == null || weight.compareTo(functionWeight) > 0) {
                function = term.function();
                functionWeight = weight;
            }
        }
    }

    /**
     * "Assistant Manager" and "Assistant Vice President" are ranks of their own: an assistant word
     * directly before a level word (function words may sit between) keeps that level. Anything else
     * ("Assistant to the CEO", "Sales Assistant") makes an assistant, who is STAFF.
     */
    private void followAssistant(TitleTerm term, int start, int end) {
        if (assistantReachesTo != start) {
            assistantReachesTo = -1;
            return;
        }
        if (term.namesSeniority() && !term.tentative() && !term.has(TermMarker.ASSISTANT)
                && term.seniority() != Seniority.C_LEVEL) {
            assistantQualifiesLevel = true;
            assistantReachesTo = -1;
        } else if (!term.namesSeniority() && term.markers().isEmpty()) {
            assistantReachesTo = end;
        } else {
            assistantReachesTo = -1;
        }
    }

    private void addSeniority(TitleTerm term) {
        if (!term.tentative()) {
            firmSeniority = higher(firmSeniority, term.seniority());
        } else if (functionWeight == null) {
            tentativeSeniority = higher(tentativeSeniority, term.seniority());
        }
    }

    /** The seniority and function said, each UNKNOWN / OTHER when not said (no defaults applied). */
    ParsedTitle conclusion() {
        Seniority seniority = firmSeniority;
        if (chiefPending) {
            seniority = higher(seniority, chiefConfirmed ? Seniority.C_LEVEL : Seniority.DIRECTOR);
        }
        if (seniority == Seniority.UNKNOWN) {
            seniority = tentativeSeniority;
        }
        if (assistant && !assistantQualifiesLevel) {
            seniority = Seniority.STAFF;
        }
        return new ParsedTitle(seniority, function);
    }

    private static Seniority higher(Seniority a, Seniority b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
