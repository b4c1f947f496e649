package dev.abmbridge.hubspot;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time of this process's threads by kind (Linux {@code /proc/self/task}): the engine's threads, the emulator's
 * request threads, the JIT compilers and the garbage collector, which no Java API reports together. A thread that
 * ended between two readings is missing from both; {@link #since} shows the rest of the process time as such.
 */
record ThreadGroupCpu(Map<String, Long> millisByGroup) {

    /** The thread kinds' CPU time now; empty where /proc is not there. */
    static ThreadGroupCpu now() {
        Map<String, Long> out = new HashMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return new ThreadGroupCpu(out);
        }
        long tick = 10; // USER_HZ is 100 on Linux: a tick is 10 ms
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(tasks)) {
            for (Path task : dir) {
                try {
                    String name = Files.readString(task.resolve("comm")).strip();
                    String stat = Files.readString(task.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
                    out.merge(group(name), ticks * tick, Long::sum);
                } catch (IOException | RuntimeException ended) {
                    // the thread ended while being read
                }
            }
        } catch (IOException e) {
            return new ThreadGroupCpu(Map.of());
        }
        return new ThreadGroupCpu(out);
    }

    static String group(String threadName) {
        if (threadName.startsWith("C1 Compiler") || threadName.startsWith("C2 Compiler")) {
            return "JIT compilers";
        }
        if (threadName.startsWith("GC Thread") || threadName.startsWith("G1 ")) {
            return "garbage collector";
        }
        if (threadName.startsWith("qtp")) {
            return "emulator (WireMock request threads)";
        }
        if (threadName.equals("java") || threadName.equals("main")) {
            return "engine: main (store pages, evaluate, plan)";
        }
        if (threadName.startsWith("abm-apply")) {
            return "engine: apply thread (journal, send, store outcomes)";
        }
        if (threadName.startsWith("abm-pull")) {
            return "engine: pull thread (read, map, snapshot JSON)";
        }
        if (threadName.startsWith("hubspot-search") || threadName.startsWith("HttpClient")) {
            return "connector: search read-ahead and HTTP client";
        }
        return "other";
    }

    /** The CPU time of each kind since {@code before}, and the time of threads that ended in between. */
    Map<String, Long> since(ThreadGroupCpu before, long processMillis) {
        Map<String, Long> out = new TreeMap<>();
        long listed = 0;
        for (Map.Entry<String, Long> e : millisByGroup.entrySet()) {
            long d = e.getValue() - before.millisByGroup().getOrDefault(e.getKey(), 0L);
            if (d > 0) {
                out.put(e.getKey(), d);
                listed += d;
            }
        }
        if (!millisByGroup.isEmpty() && processMillis > listed) {
            out.put("threads that ended during the sync (the engine's apply and pull threads)", processMillis - listed);
        }
        return out;
    }
}
