package dev.abmbridge.sandbox.generator;

/**
 * Industries of the demo companies, each spelled in every system's own vocabulary: the Salesforce standard
 * Industry picklist value and the HubSpot {@code industry} enumeration value.
 */
public enum Industry {
    SOFTWARE("Technology", "COMPUTER_SOFTWARE", 14),
    IT_SERVICES("Technology", "INFORMATION_TECHNOLOGY_AND_SERVICES", 10),
    INTERNET("Technology", "INTERNET", 5),
    NETWORK_SECURITY("Technology", "COMPUTER_NETWORK_SECURITY", 3),
    BANKING("Banking", "BANKING", 4),
    FINANCIAL_SERVICES("Finance", "FINANCIAL_SERVICES", 6),
    INSURANCE("Insurance", "INSURANCE", 3),
    HEALTHCARE("Healthcare", "HOSPITAL_HEALTH_CARE", 5),
    PHARMACEUTICALS("Healthcare", "PHARMACEUTICALS", 2),
    BIOTECHNOLOGY("Biotechnology", "BIOTECHNOLOGY", 2),
    MANUFACTURING("Manufacturing", "INDUSTRIAL_AUTOMATION", 7),
    MACHINERY("Machinery", "MACHINERY", 3),
    ELECTRONICS("Electronics", "SEMICONDUCTORS", 2),
    RETAIL("Retail", "RETAIL", 5),
    TELECOMMUNICATIONS("Telecommunications", "TELECOMMUNICATIONS", 3),
    EDUCATION("Education", "HIGHER_EDUCATION", 3),
    ENERGY("Energy", "OIL_ENERGY", 2),
    CONSULTING("Consulting", "MANAGEMENT_CONSULTING", 5),
    MEDIA("Media", "ONLINE_MEDIA", 2),
    TRANSPORTATION("Transportation", "LOGISTICS_AND_SUPPLY_CHAIN", 3),
    GOVERNMENT("Government", "GOVERNMENT_ADMINISTRATION", 1),
    NOT_FOR_PROFIT("Not For Profit", "NON_PROFIT_ORGANIZATION_MANAGEMENT", 1),
    HOSPITALITY("Hospitality", "HOSPITALITY", 2),
    CONSTRUCTION("Construction", "CONSTRUCTION", 2),
    FOOD_AND_BEVERAGE("Food & Beverage", "FOOD_BEVERAGES", 2),
    CHEMICALS("Chemicals", "CHEMICALS", 1),
    AGRICULTURE("Agriculture", "FARMING", 1);

    private final String salesforceValue;
    private final String hubSpotValue;
    private final int weight;

    Industry(String salesforceValue, String hubSpotValue, int weight) {
        this.salesforceValue = salesforceValue;
        this.hubSpotValue = hubSpotValue;
        this.weight = weight;
    }

    public String salesforceValue() {
        return salesforceValue;
    }

    public String hubSpotValue() {
        return hubSpotValue;
    }

    int weight() {
        return weight;
    }
}
