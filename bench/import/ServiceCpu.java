import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time the service's threads used, grouped by thread name (numbers stripped), read from Linux's
 * /proc for the process in SERVICE_PID; shows how much of a run went to the JIT compilers, the GC and
 * the request threads. Without SERVICE_PID (or /proc) it reports nothing.
 */
final class ServiceCpu {

    private static final long MILLIS_PER_TICK = 10; // USER_HZ is 100 on Linux

    /** The whole process's CPU, threads that ended since included (the per-thread figures lose those). */
    private static final String PROCESS = "(process)";

    private ServiceCpu() {
    }

    static Map<String, Long> byThread() {
        Map<String, Long> ticks = new TreeMap<>();
        String pid = System.getenv("SERVICE_PID");
        if (pid == null) {
            return ticks;
        }
        try (Stream<Path> tasks = Files.list(Path.of("/proc", pid, "task"))) {
            tasks.forEach(task -> {
                try {
                    String name = Files.readString(task.resolve("comm")).strip().replaceAll("[#\\d]+$", "");
                    String stat = Files.readString(task.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks.merge(name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended between listing and reading
                }
            });
        } catch (IOException e) {
            return ticks;
        }
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            ticks.put(PROCESS, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
        } catch (IOException | RuntimeException e) {
            // no process total: the per-thread figures only
        }
        return ticks;
    }

    /** The whole process's CPU so far in milliseconds, or -1 without SERVICE_PID (or /proc). */
    static long processMillis() {
        Long ticks = byThread().get(PROCESS);
        return ticks == null ? -1 : ticks * MILLIS_PER_TICK;
    }

    static void report(Map<String, Long> before, Map<String, Long> after) {
        report(before, after, 0, "");
    }

    /** The report, and the process's CPU per item when {@code items} is positive ("ms per article"). */
    static void report(Map<String, Long> before, Map<String, Long> after, int items, String item) {
        if (after.isEmpty()) {
            return;
        }
        long total = 0;
        StringBuilder line = new StringBuilder();
        Map<String, Long> used = new TreeMap<>();
        after.forEach((name, ticks) -> {
            if (name.equals(PROCESS)) {
                return;
            }
            long delta = ticks - before.getOrDefault(name, 0L);
            if (delta > 0) {
                used.put(name, delta * MILLIS_PER_TICK);
            }
        });
        for (Map.Entry<String, Long> entry : used.entrySet()) {
            total += entry.getValue();
            line.append(line.length() == 0 ? "" : ", ").append(entry.getKey()).append(' ').append(entry.getValue()).append(" ms");
        }
        System.out.printf("  service CPU %d ms: %s%n", total, line);
        if (after.containsKey(PROCESS)) {
            long process = (after.get(PROCESS) - before.getOrDefault(PROCESS, 0L)) * MILLIS_PER_TICK;
            System.out.printf("  process CPU %d ms%s (threads ended during the run included)%n", process,
                    items > 0 ? String.format(" = %.2f ms per %s", (double) process / items, item) : "");
        }
    }
}
