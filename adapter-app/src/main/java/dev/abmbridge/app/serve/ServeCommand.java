package dev.abmbridge.app.serve;

import dev.abmbridge.app.cli.ExitCode;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
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

    @Override
    public Integer call() throws InterruptedException {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("server.address", address);
        args.put("server.port", port);
        if (tokenFile != null) {
            args.put("abm.serve.token-file", tokenFile);
        }
        ConfigurableApplicationContext context;
        try {
            context = ServeApplication.builder().registerShutdownHook(true).run(ServeApplication.arguments(args));
        } catch (RuntimeException e) {
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
