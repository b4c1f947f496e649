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
import java.util.concurrent.CompletableFuture;

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
        this.salesforceFaults = new FaultInjector(config.salesforceFaults(), config.seed() + 1);
        this.hubSpotFaults = new FaultInjector(config.hubSpotFaults(), config.seed() + 2);
        this.linkedInFaults = new FaultInjector(config.linkedInFaults(), config.seed() + 3);
        EmulatorTransformer salesforceTransformer = new EmulatorTransformer("salesforce", salesforceFaults, ledger);
        EmulatorTransformer hubSpotTransformer = new EmulatorTransformer("hubspot", hubSpotFaults, ledger);
        EmulatorTransformer linkedInTransformer = new EmulatorTransformer("linkedin", linkedInFaults, ledger);
        this.salesforceServer = new EmulatorServer(salesforceTransformer, 0);
        this.hubSpotServer = new EmulatorServer(hubSpotTransformer, 0);
        this.linkedInServer = new EmulatorServer(linkedInTransformer, 0);
        // The servers start (mostly class loading) while the demo data is generated on this thread.
        CompletableFuture<Void> servers = CompletableFuture.runAsync(() -> {
            salesforceServer.start();
            hubSpotServer.start();
            linkedInServer.start();
        });
        try {
            this.data = DemoDataGenerator.generate(new DemoDataSpec(config.accounts(), config.contacts(), config.seed(),
                    config.sharedShare(), 0.1));
            SalesforceOrg org = new SalesforceOrg(config.clock(), config.salesforceDailyApiLimit());
            org.seed(data);
            this.salesforce = new SalesforceEmulator(org, config.clock(), config.salesforceSessionLifetime(), ledger, salesforceFaults,
                    writes, salesforceServer::baseUrl);
            HubSpotPortal portal = new HubSpotPortal(config.clock());
            portal.seed(data);
            this.hubSpot = new HubSpotEmulator(portal, config, ledger, hubSpotFaults, writes);
            this.linkedIn = new LinkedInEmulator(data, config, ledger, linkedInFaults);
            servers.join();
        } catch (RuntimeException e) {
            servers.whenComplete((ok, failure) -> close());
            throw e;
        }
        salesforceTransformer.attach(salesforce);
        hubSpotTransformer.attach(hubSpot);
        linkedInTransformer.attach(linkedIn);
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
