package dev.abmbridge.sandbox.salesforce;

/** Builds response envelopes and faults the way WSC 65.0.0 parses them (element order as in the WSDL). */
final class SoapEnvelopes {

    static final String PARTNER_NS = "urn:partner.soap.sforce.com";
    static final String METADATA_NS = "http://soap.sforce.com/2006/04/metadata";
    private static final String ENVELOPE_NS = "http://schemas.xmlsoap.org/soap/envelope/";

    private SoapEnvelopes() {
    }

    static String partner(long apiUsed, long apiLimit, String operation, String resultXml) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope xmlns:soapenv=\"" + ENVELOPE_NS + "\" xmlns=\""
                + PARTNER_NS + "\" xmlns:xsi=\"" + Xml.XSI + "\" xmlns:sf=\"urn:sobject.partner.soap.sforce.com\">"
                + "<soapenv:Header><LimitInfoHeader><limitInfo><current>" + apiUsed + "</current><limit>" + apiLimit
                + "</limit><type>API REQUESTS</type></limitInfo></LimitInfoHeader></soapenv:Header>"
                + "<soapenv:Body><" + operation + "Response>" + resultXml + "</" + operation + "Response></soapenv:Body></soapenv:Envelope>";
    }

    static String metadata(String operation, String resultXml) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope xmlns:soapenv=\"" + ENVELOPE_NS + "\" xmlns=\""
                + METADATA_NS + "\" xmlns:xsi=\"" + Xml.XSI + "\"><soapenv:Body><" + operation + "Response>" + resultXml
                + "</" + operation + "Response></soapenv:Body></soapenv:Envelope>";
    }

    static String fault(SalesforceFault fault, String faultNamespace) {
        StringBuilder detail = new StringBuilder();
        detail.append("<sf:").append(fault.faultType()).append(" xsi:type=\"sf:").append(fault.faultType()).append("\">");
        detail.append("<sf:exceptionCode>").append(fault.exceptionCode()).append("</sf:exceptionCode>");
        detail.append("<sf:exceptionMessage>").append(Xml.escape(fault.getMessage())).append("</sf:exceptionMessage>");
        if (fault.row() != null) {
            detail.append("<sf:row>").append(fault.row()).append("</sf:row><sf:column>").append(fault.column()).append("</sf:column>");
        }
        detail.append("</sf:").append(fault.faultType()).append('>');
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope xmlns:soapenv=\"" + ENVELOPE_NS + "\" xmlns:sf=\""
                + faultNamespace + "\" xmlns:xsi=\"" + Xml.XSI + "\"><soapenv:Body><soapenv:Fault><faultcode>sf:"
                + fault.exceptionCode() + "</faultcode><faultstring>" + fault.exceptionCode() + ": " + Xml.escape(fault.getMessage())
                + "</faultstring><detail>" + detail + "</detail></soapenv:Fault></soapenv:Body></soapenv:Envelope>";
    }

    static String clientFault(String message) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope xmlns:soapenv=\"" + ENVELOPE_NS + "\"><soapenv:Body>"
                + "<soapenv:Fault><faultcode>soapenv:Client</faultcode><faultstring>" + Xml.escape(message)
                + "</faultstring></soapenv:Fault></soapenv:Body></soapenv:Envelope>";
    }
}
