package dev.abmbridge.sandbox.salesforce;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** A parsed SOAP request: the operation element of the body and the header values the emulator honours. */
record SoapRequest(String operation, Element body, String sessionId, Integer batchSize, boolean allOrNone) {

    /** Null when the text is not a SOAP envelope with a body operation. */
    static SoapRequest parse(String text) {
        Document doc = Xml.parse(text);
        if (doc == null || !"Envelope".equals(doc.getDocumentElement().getLocalName())) {
            return null;
        }
        Element envelope = doc.getDocumentElement();
        Element bodyElement = Xml.child(envelope, "Body");
        if (bodyElement == null || Xml.children(bodyElement).isEmpty()) {
            return null;
        }
        Element operation = Xml.children(bodyElement).get(0);
        Element header = Xml.child(envelope, "Header");
        String session = null;
        Integer batchSize = null;
        boolean allOrNone = false;
        if (header != null) {
            Element sessionHeader = Xml.child(header, "SessionHeader");
            session = sessionHeader == null ? null : Xml.childText(sessionHeader, "sessionId");
            Element queryOptions = Xml.child(header, "QueryOptions");
            String size = queryOptions == null ? null : Xml.childText(queryOptions, "batchSize");
            batchSize = size == null || size.isBlank() ? null : Integer.valueOf(size.trim());
            Element allOrNoneHeader = Xml.child(header, "AllOrNoneHeader");
            allOrNone = allOrNoneHeader != null && "true".equals(Xml.childText(allOrNoneHeader, "allOrNone"));
        }
        return new SoapRequest(operation.getLocalName(), operation, session, batchSize, allOrNone);
    }

    String text(String child) {
        return Xml.childText(body, child);
    }
}
