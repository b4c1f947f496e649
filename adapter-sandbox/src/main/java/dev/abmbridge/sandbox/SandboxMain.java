package dev.abmbridge.sandbox;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the sandbox until the process is stopped:
 * {@code SandboxMain [--accounts N] [--contacts M] [--seed S]}. Prints one line per API
 * ({@code salesforce URL}, {@code hubspot URL}, {@code linkedin URL}) and then {@code ready}.
 */
public final class SandboxMain {

    private SandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        SandboxConfig config;
        try {
            config = parse(args, SandboxConfig.defaults());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: sandbox [--accounts N] [--contacts M] [--seed S]");
            System.exit(2);
            return;
        }
        Sandbox sandbox = Sandbox.start(config);
        announce(sandbox, new PrintWriter(System.out, true));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }));
        stopped.await();
    }

    /** Prints the three base URLs and the ready line. */
    public static void announce(Sandbox sandbox, PrintWriter out) {
        out.println("salesforce " + sandbox.salesforceUrl());
        out.println("hubspot " + sandbox.hubSpotUrl());
        out.println("linkedin " + sandbox.linkedInUrl());
        out.println("ready");
        out.flush();
    }

    static SandboxConfig parse(String[] args, SandboxConfig defaults) {
        int accounts = defaults.accounts();
        int contacts = defaults.contacts();
        long seed = defaults.seed();
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--accounts" -> accounts = number(args[i], value);
                case "--contacts" -> contacts = number(args[i], value);
                case "--seed" -> seed = number(args[i], value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
            i++;
        }
        return defaults.withData(accounts, contacts, seed);
    }

    private static int number(String option, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException(option + " needs a non-negative number, got " + value);
        }
    }
}
