package dev.abmbridge.sandbox.http;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.abmbridge.sandbox.fault.FaultDecision;
import dev.abmbridge.sandbox.fault.FaultInjector;
import dev.abmbridge.sandbox.ledger.ApiCallLedger;

/**
 * The WireMock extension behind every emulator: it turns each served request into an {@link EmulatorRequest},
 * applies the seeded fault plan, asks the emulator's handler for the answer and converts it back.
 */
public final class EmulatorTransformer implements ResponseDefinitionTransformerV2 {

    private final String name;
    private final FaultInjector faults;
    private final ApiCallLedger ledger;
    private volatile EmulatorHandler handler;
    private volatile FaultResponses faultResponses;

    /** A transformer whose emulator is attached later (the server can start while the data is generated). */
    public EmulatorTransformer(String name, FaultInjector faults, ApiCallLedger ledger) {
        this.name = name;
        this.faults = faults;
        this.ledger = ledger;
    }

    public <T extends EmulatorHandler & FaultResponses> void attach(T emulator) {
        this.faultResponses = emulator;
        this.handler = emulator;
    }

    @Override
    public String getName() {
        return name + "-emulator";
    }

    @Override
    public boolean applyGlobally() {
        return true;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        EmulatorResponse response = answer(EmulatorRequest.of(
                request.getMethod().getName(), request.getUrl(), request::getHeader, request.getBodyAsString()));
        return toDefinition(response);
    }

    private EmulatorResponse answer(EmulatorRequest request) {
        if (request.path().startsWith("/__admin")) {
            return EmulatorResponse.json(404, "{\"message\":\"not found\"}");
        }
        if (handler == null) {
            return EmulatorResponse.of(503, "text/plain", "sandbox is starting").withHeader("Retry-After", "1");
        }
        FaultDecision decision = faults.nextCall();
        switch (decision.kind()) {
            case CONNECTION_RESET -> {
                ledger.record(name, "fault:connection-reset", 0);
                return EmulatorResponse.reset();
            }
            case SERVER_ERROR -> {
                ledger.record(name, "fault:server-error", 0);
                return faultResponses.serverError();
            }
            case THROTTLE -> {
                ledger.record(name, "fault:throttle", 0);
                return faultResponses.throttled();
            }
            default -> {
                try {
                    return handler.handle(request).delayedBy(decision.delayMillis());
                } catch (RuntimeException e) {
                    ledger.record(name, "fault:emulator-bug", 0);
                    return faultResponses.serverError().withHeader("X-Sandbox-Error", String.valueOf(e));
                }
            }
        }
    }

    private static ResponseDefinition toDefinition(EmulatorResponse response) {
        ResponseDefinitionBuilder builder = new ResponseDefinitionBuilder();
        if (response.connectionReset()) {
            return builder.withFault(Fault.CONNECTION_RESET_BY_PEER).build();
        }
        builder.withStatus(response.status());
        response.headers().forEach(builder::withHeader);
        if (!response.body().isEmpty()) {
            builder.withBody(response.body());
        }
        if (response.delayMillis() > 0) {
            builder.withFixedDelay((int) response.delayMillis());
        }
        return builder.build();
    }
}
