package dev.newsgraph.notify;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import org.jboss.logging.Logger;

/**
 * Where a change's way to its subscribers spends its time, at DEBUG in the category
 * {@code dev.newsgraph.subscription.timeline} (off by default, and then one level check per step): each step
 * logs the wall clock (milliseconds, to line up with a client's receipts), the thread and, for the steps that
 * run a stretch of work, the CPU time that thread spent on it. Used by the fan-out bench's timeline mode.
 */
public final class DeliveryTimeline {

    private static final Logger LOG = Logger.getLogger("dev.newsgraph.subscription.timeline");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private DeliveryTimeline() {
    }

    /** Whether the steps are logged; ask before building a step's details. */
    public static boolean on() {
        return LOG.isDebugEnabled();
    }

    /** The calling thread's CPU time so far in nanoseconds, or 0 when the timeline is off. */
    public static long cpu() {
        return on() ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    /** Logs {@code step} of {@code change} (an id, or a sequence number of the group's results). */
    public static void stamp(String step, long change, String details) {
        if (on()) {
            LOG.debugf("timeline %s change=%d at=%d thread=%s %s", step, change, System.currentTimeMillis(),
                    Thread.currentThread().getName(), details);
        }
    }

    /** Logs {@code step} with the CPU the calling thread spent since {@code cpuStart} (from {@link #cpu()}). */
    public static void stamp(String step, long change, long cpuStart, String details) {
        if (on()) {
            stamp(step, change, "cpu_us=" + (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1000 + " " + details);
        }
    }
}
