package dev.abmbridge.app.serve;

import dev.abmbridge.app.bridge.Bridge;
import dev.abmbridge.app.cli.ExitCode;
import dev.abmbridge.app.config.BridgeConfig;
import dev.abmbridge.app.config.BridgeConfigLoader;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code abm-bridge serve}: the scheduled syncs, webhooks, status page and metrics until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Runs the scheduled syncs and serves the status page, health, Prometheus metrics and HubSpot"
                + " webhooks until stopped (Ctrl-C).",
                "Listens on 127.0.0.1 unless told otherwise; any other address needs a token (ABM_SERVE_TOKEN or"
                        + " --token-file). See docs/serve.md."})
public class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--address", description = "Address to listen on (default: ${DEFAULT-VALUE})",
            defaultValue = "127.0.0.1")
    String address;

    @Option(names = "--port", description = "Port to listen on (default: ${DEFAULT-VALUE})", defaultValue = "8080")
    int port;

    @Option(names = "--token-file", description = "File whose first line is the access token")
    Path tokenFile;

    @Option(names = "--config", description = "The configuration to sync (default: ${DEFAULT-VALUE}; without it,"
            + " only the status page, health and metrics of the state store run)", defaultValue = "abm-bridge.yml")
    Path config;

    @Option(names = "--schedule", description = "When the configured connections sync, a six-field Spring cron"
            + " (default: ${DEFAULT-VALUE}, every 15 minutes)", defaultValue = "0 0/15 * * * *")
    String schedule;

    /** The runtime connection that syncs the whole configured bridge. */
    static final String CONNECTION = "bridge";

    @Override
    public Integer call() throws InterruptedException {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("server.address", address);
        args.put("server.port", port);
        if (tokenFile != null) {
            args.put("abm.serve.token-file", tokenFile);
        }
        ConfigurableApplicationContext context;
        Bridge bridge = null;
        try {
            SpringApplicationBuilder builder = ServeApplication.builder().registerShutdownHook(true);
            if (Files.isRegularFile(config)) {
                BridgeConfig loaded = new BridgeConfigLoader(System::getenv).load(config);
                bridge = Bridge.open(loaded, System::getenv, Clock.systemUTC());
                Bridge opened = bridge;
                // The runtime's locks and run journal live in the same database as the bridge's state store.
                BridgeConfig.StateStoreSettings store = loaded.stateStore();
                args.put("spring.datasource.url", store.url());
                if (store.username() != null) {
                    args.put("spring.datasource.username", store.username());
                }
                if (store.password() != null) {
                    args.put("spring.datasource.password", store.password().resolve(System::getenv, loaded.baseDir()));
                }
                args.put("abm.runtime.connections." + CONNECTION + ".cron", schedule);
                builder.initializers(ctx -> {
                    ctx.getBeanFactory().registerSingleton("servedBridge",
                            new BridgeServedBridge(opened, Set.of(CONNECTION)));
                    ctx.getBeanFactory().registerSingleton("bridgeStateStore", opened.store());
                    // Closed with the context, after the runtime has drained its runs.
                    if (ctx.getBeanFactory() instanceof DefaultListableBeanFactory beans) {
                        beans.registerDisposableBean("bridge", opened::close);
                    }
                });
            }
            context = builder.run(ServeApplication.arguments(args));
        } catch (RuntimeException e) {
            if (bridge != null) {
                bridge.close();
            }
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            spec.commandLine().getErr().println("serve did not start: " + root.getMessage());
            return ExitCode.INVALID_INPUT;
        }
        int bound = context instanceof WebServerApplicationContext web ? web.getWebServer().getPort() : port;
        spec.commandLine().getOut().printf("ABM Bridge is serving on http://%s:%d/ (Ctrl-C stops it)%n", address, bound);
        spec.commandLine().getOut().flush();
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof org.springframework.context.event.ContextClosedEvent) {
                closed.countDown();
            }
        });
        if (context.isActive()) {
            closed.await();
        }
        return ExitCode.OK;
    }
}
