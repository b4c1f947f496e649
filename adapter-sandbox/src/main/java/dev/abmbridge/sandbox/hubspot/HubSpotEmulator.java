package dev.abmbridge.sandbox.hubspot;

import dev.abmbridge.sandbox.SandboxConfig;
import dev.abmbridge.sandbox.fault.FaultInjector;
import dev.abmbridge.sandbox.http.EmulatorHandler;
import dev.abmbridge.sandbox.http.EmulatorRequest;
import dev.abmbridge.sandbox.http.EmulatorResponse;
import dev.abmbridge.sandbox.http.FaultResponses;
import dev.abmbridge.sandbox.ledger.ApiCallLedger;
import dev.abmbridge.sandbox.ledger.FieldWriteLog;

/** Placeholder: the HubSpot emulator (filled in the HubSpot slice). */
public final class HubSpotEmulator implements EmulatorHandler, FaultResponses {

    public HubSpotEmulator(HubSpotPortal portal, SandboxConfig config, ApiCallLedger ledger, FaultInjector faults, FieldWriteLog writes) {
    }

    @Override
    public EmulatorResponse handle(EmulatorRequest request) {
        return EmulatorResponse.json(404, "{\"status\":\"error\",\"message\":\"not emulated yet\"}");
    }

    @Override
    public EmulatorResponse serverError() {
        return EmulatorResponse.json(502, "{\"status\":\"error\",\"message\":\"Bad Gateway\"}");
    }

    @Override
    public EmulatorResponse throttled() {
        return EmulatorResponse.json(429, "{\"status\":\"error\"}");
    }
}
