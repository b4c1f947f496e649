package dev.abmbridge.sandbox.salesforce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/** One {@code sObjects} element of a write request: type, Id, field values (null = xsi:nil) and fieldsToNull. */
record SObjectInput(String type, String id, Map<String, String> values, List<String> fieldsToNull) {

    static SObjectInput read(Element element) {
        String type = null;
        String id = null;
        Map<String, String> values = new LinkedHashMap<>();
        List<String> toNull = new ArrayList<>();
        for (Element child : Xml.children(element)) {
            String name = child.getLocalName();
            String text = Xml.text(child);
            switch (name) {
                case "type" -> type = text;
                case "Id" -> id = text == null || text.isBlank() ? null : text.trim();
                case "fieldsToNull" -> toNull.add(text);
                default -> values.put(name, text);
            }
        }
        return new SObjectInput(type, id, values, toNull);
    }
}
