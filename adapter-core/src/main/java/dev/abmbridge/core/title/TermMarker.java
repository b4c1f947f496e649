package dev.abmbridge.core.title;

/** What a keyword does to the words around it, beyond naming a seniority or function. */
enum TermMarker {
    /** An assistant works for someone: "Assistant to the CEO" is STAFF, not C_LEVEL. */
    ASSISTANT,
    /** "Chief": C_LEVEL when an "Officer" follows, otherwise a head of something ("Chief Engineer"). */
    CHIEF,
    /** "Officer", which confirms a preceding "Chief". */
    OFFICER,
    /** The rest of the segment is not the title: "at Acme", "ex-Google". */
    CUT,
    /** May end a compound word whose front names the function: "Vertriebs|leiter", "Inkoop|manager". */
    COMPOUND_HEAD
}
