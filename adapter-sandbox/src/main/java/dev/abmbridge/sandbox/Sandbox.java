package dev.abmbridge.sandbox;

import dev.abmbridge.sandbox.fault.FaultInjector;
import dev.abmbridge.sandbox.generator.DemoDataGenerator;
import dev.abmbridge.sandbox.generator.DemoDataSet;
import dev.abmbridge.sandbox.generator.DemoDataSpec;
import dev.abmbridge.sandbox.http.EmulatorServer;
import dev.abmbridge.sandbox.http.EmulatorTransformer;
import dev.abmbridge.sandbox.hubspot.HubSpotEmulator;
import dev.abmbridge.sandbox.hubspot.HubSpotPortal;
import dev.abmbridge.sandbox.ledger.ApiCallLedger;
import dev.abmbridge.sandbox.ledger.FieldWriteLog;
import dev.abmbridge.sandbox.linkedin.LinkedInEmulator;
import dev.abmbridge.sandbox.salesforce.SalesforceEmulator;
import dev.abmbridge.sandbox.salesforce.SalesforceOrg;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The sandbox façade: generates the demo data, loads it into the three emulators and serves each on its
 * own WireMock server on a free localhost port. Close it to stop the servers.
 */
public final class Sandbox implements AutoCloseable {

    private final SandboxConfig config;
    private final DemoDataSet data;
    private final ApiCallLedger ledger = new ApiCallLedger();
    private final FieldWriteLog writes = new FieldWriteLog();
    private final FaultInjector salesforceFaults;
    private final FaultInjector hubSpotFaults;
    private final FaultInjector linkedInFaults;
    private final SalesforceEmulator salesforce;
    private final HubSpotEmulator hubSpot;
    private final LinkedInEmulator linkedIn;
    private final EmulatorServer salesforceServer;
    private final EmulatorServer hubSpotServer;
    private final EmulatorServer linkedInServer;

    private Sandbox(SandboxConfig config) {
        this.config = config;
        this.data = DemoDataGenerator.generate(new DemoDataSpec(config.accounts(), config.contacts(), config.seed(),
                config.sharedShare(), 0.1));
        this.salesforceFaults = new FaultInjector(config.salesforceFaults(), config.seed() + 1);
        this.hubSpotFaults = new FaultInjector(config.hubSpotFaults(), config.seed() + 2);
        this.linkedInFaults = new FaultInjector(config.linkedInFaults(), config.seed() + 3);

        SalesforceOrg org = new SalesforceOrg(config.clock(), config.salesforceDailyApiLimit());
        org.seed(data);
        AtomicReference<String> salesforceUrl = new AtomicReference<>();
        this.salesforce = new SalesforceEmulator(org, config.clock(), config.salesforceSessionLifetime(), ledger, salesforceFaults,
                writes, salesforceUrl::get);
        this.salesforceServer = new EmulatorServer(new EmulatorTransformer("salesforce", salesforce, salesforceFaults, salesforce, ledger), 0);

        HubSpotPortal portal = new HubSpotPortal(config.clock());
        portal.seed(data);
        this.hubSpot = new HubSpotEmulator(portal, config, ledger, hubSpotFaults, writes);
        this.hubSpotServer = new EmulatorServer(new EmulatorTransformer("hubspot", hubSpot, hubSpotFaults, hubSpot, ledger), 0);

        this.linkedIn = new LinkedInEmulator(data, config, ledger, linkedInFaults);
        this.linkedInServer = new EmulatorServer(new EmulatorTransformer("linkedin", linkedIn, linkedInFaults, linkedIn, ledger), 0);

        salesforceServer.start();
        salesforceUrl.set(salesforceServer.baseUrl());
        hubSpotServer.start();
        linkedInServer.start();
    }

    public static Sandbox start(SandboxConfig config) {
        return new Sandbox(config);
    }

    public SandboxConfig config() {
        return config;
    }

    public DemoDataSet data() {
        return data;
    }

    /** Stands in for an org's My Domain URL (OAuth, partner SOAP and Metadata API). */
    public String salesforceUrl() {
        return salesforceServer.baseUrl();
    }

    /** Stands in for {@code https://api.hubapi.com}. */
    public String hubSpotUrl() {
        return hubSpotServer.baseUrl();
    }

    /** Stands in for both {@code https://api.linkedin.com} and {@code https://www.linkedin.com}. */
    public String linkedInUrl() {
        return linkedInServer.baseUrl();
    }

    public SalesforceEmulator salesforce() {
        return salesforce;
    }

    public HubSpotEmulator hubSpot() {
        return hubSpot;
    }

    public LinkedInEmulator linkedIn() {
        return linkedIn;
    }

    public ApiCallLedger ledger() {
        return ledger;
    }

    public FieldWriteLog writes() {
        return writes;
    }

    public FaultInjector salesforceFaults() {
        return salesforceFaults;
    }

    public FaultInjector hubSpotFaults() {
        return hubSpotFaults;
    }

    public FaultInjector linkedInFaults() {
        return linkedInFaults;
    }

    @Override
    public void close() {
        salesforceServer.close();
        hubSpotServer.close();
        linkedInServer.close();
    }
}
