package dev.abmbridge.sandbox.salesforce;

/** Field types of the emulated org, with the wire names describeSObject reports. */
public enum SalesforceFieldType {
    ID("id", "tns:ID"),
    STRING("string", "xsd:string"),
    TEXTAREA("textarea", "xsd:string"),
    URL("url", "xsd:string"),
    EMAIL("email", "xsd:string"),
    PHONE("phone", "xsd:string"),
    PICKLIST("picklist", "xsd:string"),
    MULTIPICKLIST("multipicklist", "xsd:string"),
    INT("int", "xsd:int"),
    DOUBLE("double", "xsd:double"),
    CURRENCY("currency", "xsd:double"),
    PERCENT("percent", "xsd:double"),
    BOOLEAN("boolean", "xsd:boolean"),
    DATETIME("datetime", "xsd:dateTime"),
    REFERENCE("reference", "tns:ID");

    private final String wireName;
    private final String soapType;

    SalesforceFieldType(String wireName, String soapType) {
        this.wireName = wireName;
        this.soapType = soapType;
    }

    public String wireName() {
        return wireName;
    }

    public String soapType() {
        return soapType;
    }

    public boolean isText() {
        return soapType.equals("xsd:string");
    }

    public boolean isNumber() {
        return this == INT || this == DOUBLE || this == CURRENCY || this == PERCENT;
    }
}
