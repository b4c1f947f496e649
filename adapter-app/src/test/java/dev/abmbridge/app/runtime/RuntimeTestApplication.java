package dev.abmbridge.app.runtime;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One runtime instance for tests: Boot's auto-configuration and the runtime in the application's profile
 * {@code serve}, with a {@link SyncRunner} given by the test. Several instances in one JVM are separate contexts with their own pools, lock registries and pollers, as
 * separate processes would have.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(RuntimeConfiguration.class)
class RuntimeTestApplication {

    static final String EVERY_SECOND = "* * * * * *";

    /** Starts an instance; {@code runner} is given the instance's context (to reach its state store at run time). */
    static ConfigurableApplicationContext start(String jdbcUrl, Function<ApplicationContext, SyncRunner> runner,
                                                Map<String, Object> extra) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("spring.profiles.active", "serve");
        props.put("spring.datasource.url", jdbcUrl);
        props.put("spring.datasource.hikari.maximum-pool-size", 4);
        props.put("spring.integration.jdbc.initialize-schema", "never");
        props.put("abm.runtime.connections.crm.cron", EVERY_SECOND);
        props.putAll(extra);
        return new SpringApplicationBuilder(RuntimeTestApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("testSyncRunner", runner.apply(ctx)))
                .run(props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }
}
