package dev.abmbridge.app.serve;

import dev.abmbridge.app.lookup.ApiKeys;
import dev.abmbridge.core.lookup.AccountCard;
import dev.abmbridge.core.lookup.AccountDirectory;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The look-up API's load benchmark (docs/BENCHMARKS.md): the serve context (as {@code abm-bridge serve} runs it:
 * the look-up's filter ahead of the security chain, metrics on) with {@code N} generated accounts ({@code acct<i>.com}) in its directory, on {@code PORT},
 * with the key {@code bench-key} and a rate limit no load reaches; prints the directory's heap, then waits for
 * {@code wrk}. Args: {@code [accounts] [port]}.
 */
public final class LookupLoadServer {

    static final String[] TIERS = {"Tier 1", "Tier 2", "Tier 3", null};
    static final List<String> ROLES = List.of("Economic Buyer", "Champion");

    private LookupLoadServer() {
    }

    public static void main(String[] args) {
        int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 8089;
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("server.port", port);
        props.put("abm.lookup.requests-per-second", 1_000_000);
        props.put("abm.lookup.keys[0].name", "bench");
        props.put("abm.lookup.keys[0].sha256", ApiKeys.sha256Hex("bench-key"));
        ConfigurableApplicationContext context = ServeTestServer.start(props).context;
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
