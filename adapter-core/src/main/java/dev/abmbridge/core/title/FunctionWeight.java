package dev.abmbridge.core.title;

/**
 * How firmly a keyword names the function, weakest first. A title often holds several function
 * words ("Sales Operations Manager", "Founder, Marketing Agency"); the firmest one wins and the
 * first one written breaks a tie.
 */
enum FunctionWeight {
    /** Only when nothing else is said: "Geschäftsführer" is EXECUTIVE, "Geschäftsführer Vertrieb" is SALES. */
    DEFAULT,
    /** A generic word that a more specific one overrides: "Operations" in "Sales Operations". */
    WEAK,
    /** An ordinary department word: "Marketing", "Vertrieb". */
    STRONG,
    /** Someone who runs the whole company: a founder is EXECUTIVE even of a "Marketing Agency". */
    LEADER,
    /** A chief title names its function outright: "Co-founder &amp; CTO" is ENGINEERING. */
    CHIEF
}
