package ua.uchast.community.control;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Bounds memory-hard work explicitly: at most {@code permits} runs at once, at most {@code maxWaiting} callers wait
 * for a turn, each at most {@code maxWait}; anyone else is told at once that the server is busy. So a flood of sign-in
 * attempts costs a bounded amount of memory, and the request threads it would otherwise hold stay free for others.
 */
final class HashingGate {

    private final Semaphore permits;
    private final int maxWaiting;
    private final Duration maxWait;
    private final AtomicInteger waiting = new AtomicInteger();

    HashingGate(int permits, int maxWaiting, Duration maxWait) {
        this.permits = new Semaphore(permits, true);
        this.maxWaiting = maxWaiting;
        this.maxWait = maxWait;
    }

    /** As many at once as there are cores, but no more than a quarter of the heap's worth of {@code bytesPerRun}. */
    static HashingGate sizedFor(long bytesPerRun) {
        long byMemory = Runtime.getRuntime().maxMemory() / 4 / bytesPerRun;
        int permits = (int) Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), byMemory));
        return new HashingGate(permits, permits * 8, Duration.ofSeconds(3));
    }

    /** The work's result, or empty if no turn came in time (then the work did not run). */
    <T> Optional<T> tryRun(Supplier<T> work) {
        if (waiting.incrementAndGet() > maxWaiting) {
            waiting.decrementAndGet();
            return Optional.empty();
        }
        boolean admitted;
        try {
            admitted = permits.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        } finally {
            waiting.decrementAndGet();
        }
        if (!admitted) {
            return Optional.empty();
        }
        try {
            return Optional.of(work.get());
        } finally {
            permits.release();
        }
    }

    /** Whether a caller now would only be told "busy": every turn is taken and the waiting room is full. */
    boolean isFull() {
        return waiting.get() >= maxWaiting;
    }

    /** Runs the work when its turn comes, however long that takes (for staff actions that are rare by nature). */
    <T> T run(Supplier<T> work) {
        permits.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
