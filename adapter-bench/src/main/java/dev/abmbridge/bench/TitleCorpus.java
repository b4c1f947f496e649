package dev.abmbridge.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Job titles for benchmarks, deterministic for a seed: English titles in both word orders and with
 * abbreviations, German, French, Spanish and Dutch titles, ALL CAPS, and noise (company names,
 * "| ex-Google", emojis, "at Acme").
 */
public final class TitleCorpus {

    private static final String[] EN_LEVELS = {"VP", "Vice President", "SVP", "EVP", "AVP", "Director", "Dir.",
            "Senior Director", "Head of", "Manager", "Mgr.", "Senior Manager", "Lead", "Senior", "Sr.", "Principal",
            "Associate", "Chief", "", ""};
    private static final String[] EN_FUNCTIONS = {"Marketing", "Demand Generation", "Product Marketing", "Sales",
            "Business Development", "Engineering", "Software Engineering", "IT", "Information Technology",
            "Infrastructure", "Data", "Data Science", "Analytics", "Product", "Product Management",
            "Customer Success", "Customer Support", "Finance", "Accounting", "Procurement", "Purchasing",
            "Operations", "RevOps", "People", "Human Resources", "Talent Acquisition", "Legal", "Security"};
    private static final String[] EN_ROLES = {"Software Engineer", "Data Engineer", "Account Executive",
            "Sales Development Representative", "Marketing Specialist", "Controller", "Buyer", "Recruiter",
            "Paralegal", "Product Owner", "Data Analyst", "Systems Administrator", "Eng.", "DevOps Engineer",
            "Customer Success Manager", "Office Manager", "Consultant", "Intern", "Founder", "Co-Founder",
            "Owner", "President", "Partner", "General Counsel", "Business Analyst"};
    private static final String[] C_SUITE = {"CEO", "CFO", "CTO", "CIO", "CISO", "CMO", "CRO", "COO", "CPO",
            "Chief Executive Officer", "Chief Financial Officer", "Chief Technology Officer",
            "Chief Marketing Officer", "Chief Revenue Officer", "Chief Operating Officer",
            "Chief Information Security Officer", "Chief Data Officer"};
    private static final String[] DE = {"Geschäftsführer", "Geschäftsführerin", "Leiter Marketing",
            "Leiterin Vertrieb", "Leiter IT", "Bereichsleiter Finanzen", "Abteilungsleiter Einkauf",
            "Teamleiter Softwareentwicklung", "Vertriebsleiter", "Marketingleiterin", "Softwareentwickler",
            "Personalreferentin", "Head of Vertrieb DACH", "Prokurist", "Vorstand", "Key Account Manager",
            "Sachbearbeiter Buchhaltung", "Leiter Rechtsabteilung", "IT-Leiter", "Entwicklungsleiter"};
    private static final String[] FR = {"Directeur Général", "Directrice Marketing", "Directeur Commercial",
            "Directeur des Systèmes d'Information", "Responsable Marketing", "Responsable des Achats",
            "Responsable Informatique", "Chef de Projet", "Ingénieur Logiciel", "Chargée de Communication",
            "Directeur Financier", "Responsable RH", "Juriste", "Président Directeur Général", "Comptable",
            "Responsable Service Client", "Développeur", "Chef de produit"};
    private static final String[] ES = {"Director de Marketing", "Directora Comercial", "Director General",
            "Gerente de Ventas", "Jefe de Compras", "Responsable de Sistemas", "Ingeniero de Software",
            "Director de Tecnología", "Directora Financiera", "Jefa de Recursos Humanos", "Analista de Datos",
            "Gerente de Operaciones", "Abogado", "Consejero Delegado", "Coordinadora de Marketing"};
    private static final String[] NL = {"Hoofd Marketing", "Hoofd Inkoop", "Directeur", "Algemeen Directeur",
            "Manager Verkoop", "Teamleider Klantenservice", "Software Ontwikkelaar", "Financieel Directeur",
            "Hoofd ICT", "Medewerker Personeelszaken", "Bedrijfsjurist", "Accountmanager", "Inkoper"};
    private static final String[] COMPANIES = {"Acme", "Globex", "Initech", "Umbrella Corp", "Stark Industries",
            "Wayne Enterprises", "Hooli", "Pied Piper", "Siemens", "SAP", "Capgemini", "Telefónica", "ING"};
    private static final String[] NOISE_AFTER = {" | ex-Google", " | ex-Salesforce", " 🚀", " ✨", " (Interim)",
            " - EMEA", ", North America", " | Hiring!", " 🇩🇪", " & Board Member", " | Speaker | Author",
            " @ Scale", " (m/w/d)", " (H/F)"};
    private static final String[] JUNK = {"", "-", "n/a", "Student", "Looking for new opportunities", "???",
            "Self-employed", "Retired", "Mom", "Volunteer", "Member", "Team Member", "x"};

    private TitleCorpus() {
    }

    public static String[] generate(int count, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<String> out = new ArrayList<>(count);
        while (out.size() < count) {
            String t = decorate(r, base(r));
            out.add(t);
        }
        return out.toArray(String[]::new);
    }

    private static String base(SplittableRandom r) {
        int kind = r.nextInt(100);
        if (kind < 30) {
            String level = AccountGenerator.pick(r, EN_LEVELS);
            String function = AccountGenerator.pick(r, EN_FUNCTIONS);
            if (level.isEmpty()) {
                return function + " " + AccountGenerator.pick(r, new String[]{"Specialist", "Manager", "Lead"});
            }
            if (level.equals("Senior") || level.equals("Sr.") || level.equals("Lead") || level.equals("Principal")
                    || level.equals("Associate")) {
                return level + " " + function + " "
                        + AccountGenerator.pick(r, new String[]{"Manager", "Analyst", "Specialist", "Engineer"});
            }
            if (level.equals("Head of") || level.equals("Chief")) {
                return level.equals("Chief") ? "Chief " + function + " Officer" : "Head of " + function;
            }
            return switch (r.nextInt(3)) {
                case 0 -> level + " " + function;
                case 1 -> level + ", " + function;
                default -> level + " of " + function;
            };
        }
        if (kind < 40) {
            String function = AccountGenerator.pick(r, EN_FUNCTIONS);
            return function + " " + AccountGenerator.pick(r, new String[]{"Director", "Manager", "VP"});
        }
        if (kind < 55) {
            return AccountGenerator.pick(r, EN_ROLES);
        }
        if (kind < 63) {
            return AccountGenerator.pick(r, C_SUITE);
        }
        if (kind < 71) {
            return AccountGenerator.pick(r, DE);
        }
        if (kind < 79) {
            return AccountGenerator.pick(r, FR);
        }
        if (kind < 87) {
            return AccountGenerator.pick(r, ES);
        }
        if (kind < 94) {
            return AccountGenerator.pick(r, NL);
        }
        return AccountGenerator.pick(r, JUNK);
    }

    private static String decorate(SplittableRandom r, String title) {
        String t = title;
        int noise = r.nextInt(100);
        if (noise < 10) {
            t = t + " at " + AccountGenerator.pick(r, COMPANIES);
        } else if (noise < 20) {
            t = t + AccountGenerator.pick(r, NOISE_AFTER);
        } else if (noise < 24) {
            t = AccountGenerator.pick(r, COMPANIES) + " - " + t;
        }
        int caseKind = r.nextInt(100);
        if (caseKind < 8) {
            t = t.toUpperCase(Locale.ROOT);
        } else if (caseKind < 12) {
            t = t.toLowerCase(Locale.ROOT);
        }
        if (r.nextInt(100) < 5) {
            t = "  " + t.replace(" ", "  ") + " ";
        }
        return t;
    }
}
