package dev.abmbridge.sandbox;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;

/**
 * Measures start-up time and retained heap of a sandbox of a given size (not a test; run by hand):
 * {@code java -Xmx2g -cp … dev.abmbridge.sandbox.SandboxFootprint 1000000 0}.
 */
public final class SandboxFootprint {

    private SandboxFootprint() {
    }

    public static void main(String[] args) {
        int accounts = Integer.parseInt(args[0]);
        int contacts = Integer.parseInt(args[1]);
        long started = System.nanoTime();
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withData(accounts, contacts, 42))) {
            long millis = (System.nanoTime() - started) / 1_000_000;
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            System.out.printf("accounts=%d contacts=%d start=%d ms heapUsedAfterGc=%d MiB maxHeap=%d MiB sfAccounts=%d sfContacts=%d%n",
                    accounts, contacts, millis, heap.getUsed() >> 20, heap.getMax() >> 20,
                    sandbox.salesforce().org().accounts().size(), sandbox.salesforce().org().contacts().size());
        }
    }
}
