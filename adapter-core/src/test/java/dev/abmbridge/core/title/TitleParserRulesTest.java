package dev.abmbridge.core.title;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The tricky rules, one at a time. */
class TitleParserRulesTest {
    private static final TitleParser PARSER = new TitleParser();

    private static ParsedTitle parse(String title) {
        return PARSER.parse(title);
    }

    private static ParsedTitle title(Seniority seniority, JobFunction function) {
        return new ParsedTitle(seniority, function);
    }

    @Nested
    class MissingTitles {
        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {" ", "\t\n", "   "})
        void nullOrBlankIsUnknown(String blank) {
            assertThat(parse(blank)).isSameAs(ParsedTitle.UNKNOWN);
        }

        @ParameterizedTest
        @ValueSource(strings = {"!!!", "🚀🚀", "()", "| |", "Acme GmbH", "Retired"})
        void nothingRecognisedIsUnknownOther(String title) {
            assertThat(parse(title)).isEqualTo(title(Seniority.UNKNOWN, JobFunction.OTHER));
        }
    }

    @Nested
    class Assistants {
        @ParameterizedTest
        @ValueSource(strings = {"Assistant to the CEO", "Executive Assistant to the CEO",
                "Assistant of the President", "CEO Assistant", "Assistentin der Geschäftsführung"})
        void assistantsOfTheTopAreStaffInTheExecutiveOffice(String title) {
            assertThat(parse(title)).isEqualTo(title(Seniority.STAFF, JobFunction.EXECUTIVE));
        }

        @Test
        void assistantToAChiefWorksInThatChiefsFunction() {
            assertThat(parse("Assistant to the CFO")).isEqualTo(title(Seniority.STAFF, JobFunction.FINANCE));
            assertThat(parse("Executive Assistant to the VP Sales")).isEqualTo(title(Seniority.STAFF, JobFunction.SALES));
        }

        @Test
        void bareAssistantTitlesNameNoFunction() {
            assertThat(parse("Executive Assistant")).isEqualTo(title(Seniority.STAFF, JobFunction.OTHER));
            assertThat(parse("Personal Assistant")).isEqualTo(title(Seniority.STAFF, JobFunction.OTHER));
        }

        @Test
        void assistantDirectlyBeforeALevelIsARankOfItsOwn() {
            assertThat(parse("Assistant Vice President")).isEqualTo(title(Seniority.VP, JobFunction.OTHER));
            assertThat(parse("Assistant Director of Marketing")).isEqualTo(title(Seniority.DIRECTOR, JobFunction.MARKETING));
            assertThat(parse("Assistant Store Manager")).isEqualTo(title(Seniority.STAFF, JobFunction.OTHER));
            assertThat(parse("Assistant Product Manager")).isEqualTo(title(Seniority.MANAGER, JobFunction.PRODUCT));
        }
    }

    @Nested
    class WordOrder {
        @ParameterizedTest
        @ValueSource(strings = {"Director, Marketing", "Marketing Director", "Director of Marketing",
                "Director - Marketing", "DIRECTOR OF MARKETING", "Dir. Marketing", "Directeur Marketing",
                "Director de Marketing", "Marketingdirecteur"})
        void levelAndFunctionInAnyOrder(String title) {
            assertThat(parse(title)).isEqualTo(title(Seniority.DIRECTOR, JobFunction.MARKETING));
        }

        @Test
        void firstOfTwoEquallyFirmFunctionsWins() {
            assertThat(parse("VP Sales & Marketing").function()).isEqualTo(JobFunction.SALES);
            assertThat(parse("VP Marketing & Sales").function()).isEqualTo(JobFunction.MARKETING);
        }

        @Test
        void specificFunctionOverridesGenericOne() {
            assertThat(parse("Operations Manager, Sales").function()).isEqualTo(JobFunction.SALES);
            assertThat(parse("Data Engineer").function()).isEqualTo(JobFunction.DATA);
        }
    }

    @Nested
    class HeadOf {
        @ParameterizedTest
        @ValueSource(strings = {"Head of Sales", "Sales Head", "HEAD OF SALES", "Head, Sales",
                "Global Head of Sales", "Hoofd Verkoop", "Leiter Vertrieb", "Leitung Vertrieb"})
        void headOfIsDirector(String title) {
            assertThat(parse(title)).isEqualTo(title(Seniority.DIRECTOR, JobFunction.SALES));
        }

        @Test
        void headOfAloneIsDirectorWithoutFunction() {
            assertThat(parse("Head of")).isEqualTo(title(Seniority.DIRECTOR, JobFunction.OTHER));
        }
    }

    @Nested
    class Abbreviations {
        @ParameterizedTest
        @ValueSource(strings = {"Sr. Dir. Marketing", "Sr Dir Marketing", "Dir., Marketing", "SR. DIR. MKTG"})
        void dottedAndUndottedDirector(String title) {
            assertThat(parse(title)).isEqualTo(title(Seniority.DIRECTOR, JobFunction.MARKETING));
        }

        @ParameterizedTest
        @ValueSource(strings = {"V.P. Sales", "VP Sales", "v.p. sales", "S.V.P. Sales", "E.V.P., Sales"})
        void dottedVicePresident(String title) {
            assertThat(parse(title)).isEqualTo(title(Seniority.VP, JobFunction.SALES));
        }

        @Test
        void dottedChiefTitles() {
            assertThat(parse("C.E.O.")).isEqualTo(title(Seniority.C_LEVEL, JobFunction.EXECUTIVE));
            assertThat(parse("C.F.O.")).isEqualTo(title(Seniority.C_LEVEL, JobFunction.FINANCE));
        }

        @Test
        void managerAndEngineerAbbreviations() {
            assertThat(parse("Sr. Mgr., IT")).isEqualTo(title(Seniority.MANAGER, JobFunction.IT));
            assertThat(parse("Software Eng.")).isEqualTo(title(Seniority.STAFF, JobFunction.ENGINEERING));
            assertThat(parse("R&D Mgr.")).isEqualTo(title(Seniority.MANAGER, JobFunction.ENGINEERING));
        }

        @Test
        void eachChiefAbbreviationNamesItsFunction() {
            assertThat(List.of("CEO", "CFO", "CTO", "CIO", "CISO", "CMO", "CRO", "COO", "CPO", "CDO")
                    .stream().map(t -> parse(t).function()).toList())
                    .containsExactly(JobFunction.EXECUTIVE, JobFunction.FINANCE, JobFunction.ENGINEERING,
                            JobFunction.IT, JobFunction.IT, JobFunction.MARKETING, JobFunction.SALES,
                            JobFunction.OPERATIONS, JobFunction.PRODUCT, JobFunction.DATA);
        }

        @Test
        void vicePresidentForms() {
            for (String vp : List.of("VP", "SVP", "EVP", "AVP", "Vice President", "Senior Vice President",
                    "Vicepresidente", "Vice-Président")) {
                assertThat(parse(vp).seniority()).as(vp).isEqualTo(Seniority.VP);
            }
        }
    }

    @Nested
    class Chiefs {
        @Test
        void chiefWithoutOfficerIsTheHeadOfSomething() {
            assertThat(parse("Chief Engineer")).isEqualTo(title(Seniority.DIRECTOR, JobFunction.ENGINEERING));
            assertThat(parse("Chief Marketing Officer")).isEqualTo(title(Seniority.C_LEVEL, JobFunction.MARKETING));
        }

        @Test
        void chiefTitleNamesTheFunctionEvenNextToFounder() {
            assertThat(parse("Founder & Chief Product Officer").function()).isEqualTo(JobFunction.PRODUCT);
            assertThat(parse("Co-founder & CTO").function()).isEqualTo(JobFunction.ENGINEERING);
            assertThat(parse("CEO & Co-founder").function()).isEqualTo(JobFunction.EXECUTIVE);
        }

        @Test
        void founderRunsTheCompanyWhateverItSells() {
            assertThat(parse("Founder, Data Consultancy")).isEqualTo(title(Seniority.C_LEVEL, JobFunction.EXECUTIVE));
        }

        @Test
        void managingDirectorTakesANamedFunction() {
            assertThat(parse("Managing Director")).isEqualTo(title(Seniority.C_LEVEL, JobFunction.EXECUTIVE));
            assertThat(parse("Geschäftsführer Vertrieb")).isEqualTo(title(Seniority.C_LEVEL, JobFunction.SALES));
        }
    }

    @Nested
    class Seniority_ {
        @ParameterizedTest
        @ValueSource(strings = {"Senior Manager", "Sr. Manager", "Manager", "Senior Senior Manager"})
        void seniorDoesNotChangeTheLevel(String title) {
            assertThat(parse(title).seniority()).isEqualTo(Seniority.MANAGER);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Intern", "Analyst", "Engineer", "Specialist", "Associate", "Coordinator",
                "Representative"})
        void staffWords(String title) {
            assertThat(parse(title).seniority()).isEqualTo(Seniority.STAFF);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Lead", "Team Lead", "Team Leader", "Teamleiter", "Teamleider"})
        void leadsAreManagers(String title) {
            assertThat(parse(title).seniority()).isEqualTo(Seniority.MANAGER);
        }

        @Test
        void functionWithoutLevelWordIsStaff() {
            assertThat(parse("Marketing")).isEqualTo(title(Seniority.STAFF, JobFunction.MARKETING));
            assertThat(parse("Vertrieb")).isEqualTo(title(Seniority.STAFF, JobFunction.SALES));
        }

        @Test
        void highestLevelWins() {
            assertThat(parse("VP, Head of Marketing").seniority()).isEqualTo(Seniority.VP);
            assertThat(parse("Director & Team Lead").seniority()).isEqualTo(Seniority.DIRECTOR);
        }

        @Test
        void partnerIsVpOnlyWhenItIsTheRank() {
            assertThat(parse("Partner")).isEqualTo(title(Seniority.VP, JobFunction.OTHER));
            assertThat(parse("Talent Partner")).isEqualTo(title(Seniority.STAFF, JobFunction.HR));
            assertThat(parse("Partner Marketing Manager")).isEqualTo(title(Seniority.MANAGER, JobFunction.MARKETING));
        }
    }

    @Nested
    class Noise {
        @ParameterizedTest
        @ValueSource(strings = {"VP Sales at Data Corp", "VP Sales @ DataCorp", "VP Sales | ex-Marketo",
                "VP Sales (ex-Oracle, ex-SAP)", "🔥 VP Sales 🔥", "VP Sales | Marketing enthusiast",
                "VP Sales • Former CMO", "Acme Corp | VP Sales", "VP Sales (EMEA)"})
        void companiesAndFormerRolesAreIgnored(String title) {
            assertThat(parse(title)).isEqualTo(title(Seniority.VP, JobFunction.SALES));
        }

        @Test
        void bracketsOnlyFillInWhatTheTitleLeftOpen() {
            assertThat(parse("Director (Sales)")).isEqualTo(title(Seniority.DIRECTOR, JobFunction.SALES));
            assertThat(parse("Marketing (Director)")).isEqualTo(title(Seniority.DIRECTOR, JobFunction.MARKETING));
            assertThat(parse("Geschäftsführer (CEO)")).isEqualTo(title(Seniority.C_LEVEL, JobFunction.EXECUTIVE));
            assertThat(parse("Sales Manager (Marketing)")).isEqualTo(title(Seniority.MANAGER, JobFunction.SALES));
        }

        @Test
        void formerRoleAloneSaysNothing() {
            assertThat(parse("Former CEO")).isEqualTo(ParsedTitle.UNKNOWN);
        }

        @Test
        void accentsAreOptional() {
            assertThat(parse("Geschäftsführer")).isEqualTo(parse("Geschaftsfuhrer")).isEqualTo(parse("Geschaeftsfuehrer"));
            assertThat(parse("Directeur Général")).isEqualTo(parse("DIRECTEUR GENERAL"));
            assertThat(parse("Hoofd Financiën")).isEqualTo(parse("Hoofd Financien"));
        }
    }

    @Nested
    class Compounds {
        @Test
        void germanAndDutchCompoundsAreSplitAtAKnownHead() {
            assertThat(parse("Einkaufsleiterin")).isEqualTo(title(Seniority.DIRECTOR, JobFunction.PROCUREMENT));
            assertThat(parse("Verkoopmanager")).isEqualTo(title(Seniority.MANAGER, JobFunction.SALES));
            assertThat(parse("Finanzcontroller")).isEqualTo(title(Seniority.STAFF, JobFunction.FINANCE));
            assertThat(parse("Personalentwicklung")).isEqualTo(title(Seniority.STAFF, JobFunction.HR));
        }

        @Test
        void unknownFrontKeepsTheHead() {
            assertThat(parse("Filialleiterin")).isEqualTo(title(Seniority.MANAGER, JobFunction.OTHER));
            assertThat(parse("Lohnbuchhalter")).isEqualTo(title(Seniority.STAFF, JobFunction.FINANCE));
        }
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        List<String> titles = List.of("VP Sales", "Geschäftsführer", "Assistant to the CEO", "Hoofd Inkoop",
                "Directrice Marketing", "Jefe de Ventas", "Chief Data Officer", "Software Engineer");
        List<ParsedTitle> expected = titles.stream().map(PARSER::parse).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 20_000; i++) {
                        int k = i % titles.size();
                        if (!PARSER.parse(titles.get(k)).equals(expected.get(k))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> run : runs) {
                assertThat(run.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
