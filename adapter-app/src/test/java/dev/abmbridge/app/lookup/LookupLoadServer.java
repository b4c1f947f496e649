package dev.abmbridge.app.lookup;

import dev.abmbridge.core.lookup.AccountCard;
import dev.abmbridge.core.lookup.AccountDirectory;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The look-up API's load benchmark (docs/BENCHMARKS.md): serves {@code N} generated accounts ({@code acct<i>.com})
 * on {@code PORT} with the key {@code bench-key} and a rate limit no load reaches, prints the directory's heap,
 * then waits for {@code wrk}. Args: {@code [accounts] [port]}.
 */
public final class LookupLoadServer {

    static final String[] TIERS = {"Tier 1", "Tier 2", "Tier 3", null};
    static final List<String> ROLES = List.of("Economic Buyer", "Champion");

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    @Import(LookupConfiguration.class)
    static class App {
    }

    private LookupLoadServer() {
    }

    public static void main(String[] args) {
        int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 8089;
        ConfigurableApplicationContext context = new SpringApplicationBuilder(App.class)
                .web(WebApplicationType.SERVLET)
                // As arguments: they win over the packaged application.properties (no web server by default).
                .run("--server.address=127.0.0.1", "--server.port=" + port,
                        "--spring.main.web-application-type=servlet",
                        "--abm.lookup.requests-per-second=1000000",
                        "--abm.lookup.keys[0].name=bench",
                        "--abm.lookup.keys[0].sha256=" + ApiKeys.sha256Hex("bench-key"));
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AccountDirectory directory = context.getBean(AccountDirectory.class);
        List<String> audiences = List.of("tier1-na");
        for (int i = 0; i < accounts; i++) {
            String tier = TIERS[i % TIERS.length];
            directory.evaluated("d:acct" + i + ".com", new AccountCard("acct" + i + ".com", "Account " + i, tier,
                    tier != null, i % 101, (i % 5) * 25, i % 3 == 0 ? ROLES : List.of(),
                    tier == null ? List.of() : audiences));
        }
        System.gc();
        long after = memory.getHeapMemoryUsage().getUsed();
        System.out.printf("directory: %,d accounts, %,d MiB of heap (%d bytes per account)%n", directory.size(),
                (after - before) >> 20, (after - before) / Math.max(1, accounts));
        System.out.println("ready on http://127.0.0.1:" + port);
    }
}
