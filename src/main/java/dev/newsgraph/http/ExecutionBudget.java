package dev.newsgraph.http;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What one execution may still spend: time until its deadline and characters of text in its answer.
 * Checked as fields are fetched ({@link EdgeLimits}), so a runaway query stops while it is running,
 * long before its answer would have to be held in memory or serialized.
 */
public final class ExecutionBudget {

    private final long deadlineNanos;
    private final AtomicLong textLeft;

    public ExecutionBudget(long timeoutNanos, long maxText) {
        this.deadlineNanos = System.nanoTime() + timeoutNanos;
        this.textLeft = new AtomicLong(maxText);
    }

    boolean pastDeadline() {
        return System.nanoTime() - deadlineNanos > 0;
    }

    /** Spends the length of a fetched text; false once the answer would be over the size limit. */
    boolean spendText(int length) {
        return textLeft.addAndGet(-length) >= 0;
    }

    boolean overSize() {
        return textLeft.get() < 0;
    }
}
