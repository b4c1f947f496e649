package dev.abmbridge.app.serve;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import dev.abmbridge.app.runtime.RuntimeConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code serve} context: a servlet web application with the runtime's profile {@code serve}, separate from the
 * one-shot commands' context (which starts no web server, database pool or scheduler).
 */
@SpringBootConfiguration
@ConditionalOnWebApplication
@EnableAutoConfiguration
@Import({RuntimeConfiguration.class, ServeConfiguration.class})
public class ServeApplication {

    /** Defaults of the serve context; abm-bridge.yml, the environment and the command line override them. */
    static Map<String, Object> defaults() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("server.address", "127.0.0.1");
        d.put("server.port", 8080);
        d.put("server.shutdown", "graceful");
        d.put("management.endpoints.web.exposure.include", "health,prometheus,info");
        d.put("management.endpoint.health.show-details", "always");
        d.put("management.endpoint.health.show-components", "always");
        // Server start-up and shutdown lines are useful in a long-running process.
        d.put("logging.level.dev.abmbridge", "INFO");
        d.put("logging.level.org.springframework.boot.tomcat", "INFO");
        return d;
    }

    /**
     * A builder for the serve context; run it with {@code --key=value} arguments (they win over every other
     * source, the packaged {@code spring.main.web-application-type=none} included).
     */
    public static SpringApplicationBuilder builder(Class<?>... extraSources) {
        Class<?>[] sources = new Class<?>[extraSources.length + 1];
        sources[0] = ServeApplication.class;
        System.arraycopy(extraSources, 0, sources, 1, extraSources.length);
        return new SpringApplicationBuilder(sources)
                .web(WebApplicationType.SERVLET)
                .profiles("serve")
                .properties(defaults())
                .logStartupInfo(false);
    }

    /** Arguments every serve context starts with: the web server on, whatever the packaged properties say. */
    public static String[] arguments(Map<String, ?> overrides) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("spring.main.web-application-type", "servlet");
        args.putAll(overrides);
        return args.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }
}
