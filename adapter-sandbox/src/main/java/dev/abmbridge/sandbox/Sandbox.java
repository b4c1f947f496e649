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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
        // Two threads share the start-up: the second builds and starts the three WireMock servers (mostly class
        // loading) while this one generates the data, then seeds the Salesforce org while this one seeds the
        // HubSpot portal. On two cores that halves the time to `ready`.
        ExecutorService second = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sandbox-start");
            thread.setDaemon(true);
            return thread;
        });
        Future<Servers> servers = second.submit(
                () -> Servers.start(salesforceTransformer, hubSpotTransformer, linkedInTransformer));
        try {
            DemoDataSet generated = DemoDataGenerator.generate(new DemoDataSpec(config.accounts(), config.contacts(),
                    config.seed(), config.sharedShare(), 0.1));
            this.data = generated;
            Future<SalesforceOrg> org = second.submit(() -> {
                SalesforceOrg seeded = new SalesforceOrg(config.clock(), config.salesforceDailyApiLimit());
                seeded.seed(generated);
                return seeded;
            });
            HubSpotPortal portal = new HubSpotPortal(config.clock());
            portal.seed(data);
            this.hubSpot = new HubSpotEmulator(portal, config, ledger, hubSpotFaults, writes);
            this.linkedIn = new LinkedInEmulator(data, config, ledger, linkedInFaults);
            Servers started = await(servers);
            this.salesforceServer = started.salesforce();
            this.hubSpotServer = started.hubSpot();
            this.linkedInServer = started.linkedIn();
            this.salesforce = new SalesforceEmulator(await(org), config.clock(), config.salesforceSessionLifetime(), ledger,
                    salesforceFaults, writes, salesforceServer::baseUrl);
        } catch (RuntimeException | Error e) {
            second.shutdownNow();
            closeWhenStarted(servers);
            throw e;
        } finally {
            second.shutdown();
        }
        salesforceTransformer.attach(salesforce);
        hubSpotTransformer.attach(hubSpot);
        linkedInTransformer.attach(linkedIn);
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the sandbox was starting", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("the sandbox could not start", e.getCause());
        }
    }

    private static void closeWhenStarted(Future<Servers> servers) {
        try {
            servers.get().close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | RuntimeException e) {
            // Start-up failed before the servers were up; Servers.start closed what it had started.
        }
    }

    /** The three emulators' servers, started together so that a failure closes the ones already running. */
    private record Servers(EmulatorServer salesforce, EmulatorServer hubSpot, EmulatorServer linkedIn) implements AutoCloseable {

        static Servers start(EmulatorTransformer salesforce, EmulatorTransformer hubSpot, EmulatorTransformer linkedIn) {
            List<EmulatorServer> started = new ArrayList<>();
            try {
                for (EmulatorTransformer transformer : List.of(salesforce, hubSpot, linkedIn)) {
                    started.add(new EmulatorServer(transformer, 0).start());
                }
            } catch (RuntimeException | Error e) {
                started.forEach(EmulatorServer::close);
                throw e;
            }
            return new Servers(started.get(0), started.get(1), started.get(2));
        }

        @Override
        public void close() {
            salesforce.close();
            hubSpot.close();
            linkedIn.close();
        }
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
