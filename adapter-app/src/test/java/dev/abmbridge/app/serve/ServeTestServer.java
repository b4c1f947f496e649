package dev.abmbridge.app.serve;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/** A serve context on a free port with its own in-memory H2 and a {@link DemoBridge}; closed by the test. */
final class ServeTestServer implements AutoCloseable {

    final ConfigurableApplicationContext context;
    final DemoBridge bridge;
    final String base;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private ServeTestServer(ConfigurableApplicationContext context, DemoBridge bridge) {
        this.context = context;
        this.bridge = bridge;
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.base = "http://127.0.0.1:" + port;
    }

    /** @param extra properties, e.g. a connection's cron or a token */
    static ServeTestServer start(Map<String, Object> extra) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("server.port", 0);
        props.put("spring.datasource.url", "jdbc:h2:mem:serve-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        props.put("spring.datasource.hikari.maximum-pool-size", 4);
        props.putAll(extra);
        AtomicReference<DemoBridge> bridge = new AtomicReference<>();
        ConfigurableApplicationContext context = ServeApplication.builder()
                .initializers(ctx -> {
                    bridge.set(new DemoBridge(ctx));
                    ctx.getBeanFactory().registerSingleton("demoBridge", bridge.get());
                })
                .run(ServeApplication.arguments(props));
        return new ServeTestServer(context, bridge.get());
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        context.close();
    }
}
