package dev.abmbridge.core.title;

import java.util.Set;

/**
 * What one keyword (a word or a phrase) says about a title.
 *
 * @param seniority  the level it names, or {@link Seniority#UNKNOWN} when it names none
 * @param tentative  the level counts only when no firmer level is named and no function word comes
 *                   before it: "Partner" alone is VP, "Talent Partner" is not
 * @param function   the function it names, or {@link JobFunction#OTHER} when it names none
 * @param weight     how firmly it names that function
 * @param markers    its effects on the words around it
 */
record TitleTerm(Seniority seniority, boolean tentative, JobFunction function, FunctionWeight weight,
                 Set<TermMarker> markers) {

    TitleTerm {
        markers = markers.isEmpty() ? Set.of() : Set.copyOf(markers);
    }

    boolean namesSeniority() {
        return seniority != Seniority.UNKNOWN;
    }

    boolean namesFunction() {
        return function != JobFunction.OTHER;
    }

    boolean has(TermMarker marker) {
        return markers.contains(marker);
    }

    /** This compound head with the function of the word in front of it ("Vertriebs" + "leiter"). */
    TitleTerm withFunctionOf(TitleTerm front) {
        if (!front.namesFunction() || (namesFunction() && weight.compareTo(front.weight) > 0)) {
            return this;
        }
        return new TitleTerm(seniority, tentative, front.function, front.weight, markers);
    }
}
