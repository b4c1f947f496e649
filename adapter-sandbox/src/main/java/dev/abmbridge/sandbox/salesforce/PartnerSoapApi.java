package dev.abmbridge.sandbox.salesforce;

import dev.abmbridge.sandbox.auth.TokenRegistry;
import dev.abmbridge.sandbox.auth.TokenStatus;
import dev.abmbridge.sandbox.fault.FaultInjector;
import dev.abmbridge.sandbox.http.EmulatorResponse;
import dev.abmbridge.sandbox.ledger.ApiCallLedger;
import dev.abmbridge.sandbox.ledger.FieldWriteLog;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/** The partner SOAP endpoint ({@code /services/Soap/u/65.0}): session check, daily limit, and the operations a sync uses. */
final class PartnerSoapApi {

    private final SalesforceOrg org;
    private final TokenRegistry tokens;
    private final ApiCallLedger ledger;
    private final QueryService queries;
    private final RecordWriter writer;
    private final ReplicationService replication;

    PartnerSoapApi(SalesforceOrg org, TokenRegistry tokens, ApiCallLedger ledger, FaultInjector faults, FieldWriteLog writeLog) {
        this.org = org;
        this.tokens = tokens;
        this.ledger = ledger;
        this.queries = new QueryService(org);
        this.writer = new RecordWriter(org, faults, writeLog);
        this.replication = new ReplicationService(org);
    }

    EmulatorResponse handle(String body) {
        SoapRequest request = SoapRequest.parse(body);
        if (request == null) {
            return EmulatorResponse.xml(500, SoapEnvelopes.clientFault("Unable to parse the request as a SOAP envelope"));
        }
        try {
            if (request.operation().equals("login")) {
                throw new SalesforceFault("LoginFault", "INVALID_LOGIN", "Invalid username, password, security token; or user locked "
                        + "out. SOAP login() is not available from API version 65.0: use an OAuth access token as the session id.",
                        null, null);
            }
            if (tokens.status(request.sessionId()) != TokenStatus.VALID) {
                throw SalesforceFault.invalidSession();
            }
            if (!org.tryCountApiRequest()) {
                throw SalesforceFault.requestLimitExceeded();
            }
            String result = dispatch(request);
            return EmulatorResponse.xml(200, SoapEnvelopes.partner(org.apiRequestsUsed(), org.dailyApiLimit(), request.operation(), result));
        } catch (SalesforceFault fault) {
            ledger.record("salesforce", request.operation() + ":fault", 0);
            return EmulatorResponse.xml(500, SoapEnvelopes.fault(fault, "urn:fault.partner.soap.sforce.com"));
        }
    }

    private String dispatch(SoapRequest request) {
        String op = request.operation();
        return switch (op) {
            case "query", "queryAll" -> {
                QueryPage page = queries.query(request.text("queryString"), request.batchSize(), op.equals("queryAll"));
                ledger.record("salesforce", op, page.rows().size());
                yield PartnerXml.queryResult(page);
            }
            case "queryMore" -> {
                QueryPage page = queries.queryMore(request.text("queryLocator"), request.batchSize());
                ledger.record("salesforce", op, page.rows().size());
                yield PartnerXml.queryResult(page);
            }
            case "create", "update" -> {
                List<SObjectInput> inputs = sObjects(request.body());
                ledger.record("salesforce", op, inputs.size());
                yield PartnerXml.saveResults(op.equals("create") ? writer.create(inputs) : writer.update(inputs), false);
            }
            case "upsert" -> {
                List<SObjectInput> inputs = sObjects(request.body());
                ledger.record("salesforce", op, inputs.size());
                yield PartnerXml.saveResults(writer.upsert(request.text("externalIDFieldName"), inputs), true);
            }
            case "delete" -> {
                List<String> ids = new ArrayList<>();
                Xml.children(request.body(), "ids").forEach(e -> ids.add(Xml.text(e)));
                ledger.record("salesforce", op, ids.size());
                yield PartnerXml.saveResults(writer.delete(ids), false);
            }
            case "describeSObject" -> {
                ledger.record("salesforce", op, 0);
                String type = request.text("sObjectType");
                yield PartnerXml.describe(org.table(type).orElseThrow(() -> SalesforceFault.invalidType(type)).schema());
            }
            case "describeSObjects" -> {
                ledger.record("salesforce", op, 0);
                StringBuilder out = new StringBuilder();
                for (Element e : Xml.children(request.body(), "sObjectType")) {
                    String type = Xml.text(e);
                    out.append(PartnerXml.describe(org.table(type).orElseThrow(() -> SalesforceFault.invalidType(type)).schema()));
                }
                yield out.toString();
            }
            case "getDeleted", "getUpdated" -> {
                ledger.record("salesforce", op, 0);
                String type = request.text("sObjectType");
                String start = request.text("startDate");
                String end = request.text("endDate");
                yield op.equals("getDeleted") ? replication.getDeleted(type, start, end) : replication.getUpdated(type, start, end);
            }
            case "getUserInfo" -> {
                ledger.record("salesforce", op, 0);
                yield PartnerXml.userInfo(tokens.find(request.sessionId()).orElseThrow().subject());
            }
            case "getServerTimestamp" -> {
                ledger.record("salesforce", op, 0);
                yield "<result><timestamp>" + SalesforceTime.format(org.clock().instant()) + "</timestamp></result>";
            }
            default -> throw SalesforceFault.unexpected("UNKNOWN_EXCEPTION", "The sandbox does not emulate the operation " + op);
        };
    }

    private static List<SObjectInput> sObjects(Element body) {
        List<SObjectInput> inputs = new ArrayList<>();
        for (Element e : Xml.children(body, "sObjects")) {
            inputs.add(SObjectInput.read(e));
        }
        return inputs;
    }
}
