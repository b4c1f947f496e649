package dev.abmbridge.app.runtime;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code abm.runtime.*} binds to validated records; every problem is reported at start-up. */
class RuntimePropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(RuntimeProperties.class)
    static class PropertiesOnly {
    }

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(PropertiesOnly.class);

    @Test
    void defaultsAndOneConnection() {
        contexts.withPropertyValues("abm.runtime.connections.acme-sf.cron=0 0/15 * * * *",
                        "abm.runtime.connections.acme-sf.dry-run=true")
                .run(ctx -> {
                    RuntimeProperties p = ctx.getBean(RuntimeProperties.class);
                    assertThat(p.enabled()).isFalse();
                    assertThat(p.lockTtl()).isEqualTo(Duration.ofMinutes(2));
                    assertThat(p.connections()).containsOnlyKeys("acme-sf");
                    assertThat(p.connections().get("acme-sf").zone()).isEqualTo(ZoneId.of("UTC"));
                    assertThat(p.connections().get("acme-sf").dryRun()).isTrue();
                });
    }

    @Test
    void everyInvalidValueIsReported() {
        contexts.withPropertyValues("abm.runtime.connections.crm.cron=every 5 minutes",
                        "abm.runtime.connections.Bad_Name.cron=0 * * * * *",
                        "abm.runtime.connections.hubspot.cron=",
                        "abm.runtime.lock-ttl=0s")
                .run(ctx -> {
                    assertThat(ctx).hasFailed();
                    String message = rootMessage(ctx.getStartupFailure());
                    assertThat(message).contains("cron must be a Spring cron expression")
                            .contains("a connection name is lower-case letters, digits and dashes")
                            .contains("connections[hubspot].cron")
                            .contains("lock-ttl must be positive");
                });
    }

    private static String rootMessage(Throwable t) {
        StringBuilder all = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            all.append(c.getMessage()).append('\n');
        }
        return all.toString();
    }
}
