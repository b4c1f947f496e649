package dev.abmbridge.sandbox.generator;

import java.util.List;
import java.util.Map;

/** Job titles as people write them, per language, from the C-suite down to individual contributors. */
final class TitleCatalog {

    static final Map<String, List<String>> BY_LANGUAGE = Map.of(
            "en", List.of("Chief Executive Officer", "CEO", "CFO", "Chief Information Officer", "CTO", "Chief Marketing Officer",
                    "VP of Marketing", "VP Sales", "Vice President, Engineering", "Head of Revenue Operations",
                    "Director of IT", "Director, Procurement", "Senior Director Demand Generation", "IT Manager",
                    "Marketing Operations Manager", "Sales Development Representative", "Account Executive",
                    "Software Engineer", "Senior Data Analyst", "Security Architect", "Procurement Specialist",
                    "Office Manager", "Legal Counsel", "Founder & CEO", "Intern"),
            "de", List.of("Geschäftsführer", "Geschäftsführerin", "Leiter Marketing", "Leiterin Vertrieb", "IT-Leiter",
                    "Head of Sales DACH", "Einkaufsleiter", "Softwareentwickler", "Finanzvorstand", "Teamleiter IT-Infrastruktur",
                    "Werkstudent Marketing", "Prokurist"),
            "fr", List.of("Directeur général", "Directrice marketing", "Responsable des achats", "Ingénieur logiciel",
                    "Directeur des systèmes d'information", "Chef de projet", "Directrice financière", "Responsable commercial"),
            "es", List.of("Director General", "Jefe de Compras", "Gerente de Marketing", "Ingeniera de Software",
                    "Directora de Tecnología", "Responsable de Ventas"),
            "pt", List.of("Diretor de TI", "Gerente de Vendas", "Diretora Financeira", "Analista de Marketing", "CEO"),
            "ja", List.of("代表取締役社長", "マーケティング部長", "情報システム部長", "営業部長", "エンジニア", "CTO"),
            "nl", List.of("Algemeen Directeur", "Hoofd Marketing", "IT Manager", "Inkoper", "Software Ontwikkelaar"),
            "sv", List.of("VD", "Marknadschef", "IT-chef", "Försäljningschef", "Systemutvecklare"));

    private TitleCatalog() {
    }
}
