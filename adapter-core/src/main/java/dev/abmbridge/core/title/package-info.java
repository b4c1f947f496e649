/**
 * Job titles to seniority and function (PLAYBOOK.md, "Contacts and buying roles").
 *
 * <p>{@link dev.abmbridge.core.title.TitleParser} is the entry point. The words it knows live in
 * {@code title-keywords.txt} next to these classes; most changes to what a title means are a line
 * there, not code.
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>The highest level named wins ("VP, Head of Marketing" is VP). "Senior", "Sr.", "Deputy",
 *       "Stellvertretender" do not change the level.</li>
 *   <li>Function words have weights: a chief title names its function outright (CFO, "Chief X
 *       Officer"); a founder, owner, CEO or president runs the company, so is EXECUTIVE whatever
 *       else the title says; ordinary department words come next; generic ones ("Operations",
 *       "Engineer", "Project") give way to specific ones ("Sales Operations" is SALES, "Data
 *       Engineer" is DATA); Managing Director, Geschäftsführer, Vorstand and General Manager are
 *       EXECUTIVE only when no function is named ("Geschäftsführer Vertrieb" is SALES). Between
 *       equals, the first written wins.</li>
 *   <li>A function with no level word is STAFF; a C-level title with no function is EXECUTIVE;
 *       nothing recognised is UNKNOWN / OTHER.</li>
 *   <li>An assistant is STAFF and takes the function of the office served ("Assistant to the CFO"
 *       is FINANCE, "Assistant to the CEO" EXECUTIVE, a bare "Executive Assistant" OTHER), except
 *       directly before a level, which is a rank of its own ("Assistant Manager", "Assistant Vice
 *       President").</li>
 *   <li>"Chief" is C-level only with "Officer" (or as "Chief Executive"); "Chief Engineer" is a
 *       DIRECTOR.</li>
 *   <li>Noise: words after "at", "@", "chez", "bei", "bij" and after "ex-"/"former" are dropped up
 *       to the next "|" or bullet; of several "|"-separated parts the first that says anything is
 *       read; bracketed words only fill in a level or function the title left open.</li>
 * </ul>
 *
 * <h2>Ambiguous titles, and how they are read</h2>
 * <ul>
 *   <li>"General Manager" is VP (business-unit head), but the Spanish "Gerente General" and the
 *       French/Spanish "Directeur Général"/"Director General" are C_LEVEL: in those languages they
 *       are the CEO.</li>
 *   <li>"Managing Director" is C_LEVEL as the brief says, though in banking it is a VP-like rank.</li>
 *   <li>"Partner" alone is VP (the rank in law and consulting firms); after a function word it
 *       is a support role ("Talent Partner", "HR Business Partner" are STAFF).</li>
 *   <li>"General Counsel" is VP / LEGAL.</li>
 *   <li>"Bereichsleiter" is VP (division head); "Leiter", "Abteilungsleiter", "Hoofd" and
 *       "Head of" are DIRECTOR; "Teamleiter", "Projektleiter", "Responsable", "Jefe",
 *       "Chef de projet" are MANAGER.</li>
 *   <li>Dutch "Directeur" alone is DIRECTOR, though in a small company it may be the owner;
 *       "Algemeen", "Statutair" directeur and "Directeur-eigenaar" are C_LEVEL. Likewise
 *       "Director Financiero", "Financieel Directeur" and "DAF" stay DIRECTOR / FINANCE.</li>
 *   <li>"Executive Director" is DIRECTOR (EXECUTIVE when no function is named); "Director
 *       Ejecutivo" is C_LEVEL (Spanish for CEO). "Chief of Staff" is DIRECTOR / EXECUTIVE.</li>
 *   <li>CCO, CSO, CAO and CXO stand for several chiefs, so they give C_LEVEL / EXECUTIVE; CPO is
 *       the product chief and CDO the data chief, as the brief says ("Chief People Officer" and
 *       "Chief Digital Officer" are read from their words).</li>
 *   <li>"Controller" is STAFF / FINANCE (the German sense); "Payroll" is HR; "Project" and
 *       "Program" are weak OPERATIONS; support and technical account managers are
 *       CUSTOMER_SUCCESS; "Account Manager" is SALES.</li>
 *   <li>"Former CEO" says nothing about the present, so it is UNKNOWN.</li>
 * </ul>
 */
package dev.abmbridge.core.title;
