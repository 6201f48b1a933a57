package ua.uchast.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * N clients, each doing one operation after another with no pause (a closed loop), until each has done its number of
 * operations or the time is up, whichever comes first. Each operation's latency is kept.
 */
final class ClosedLoop {

    /** One operation of one client; {@code index} counts that client's operations from 0. */
    @FunctionalInterface
    interface Operation {
        void run(int client, int index) throws Exception;
    }

    /** What a run came to. */
    record Outcome(int clients, int operations, int failures, Duration elapsed, long[] latencyNanos, String firstFailure) {

        double perSecond() {
            return operations / (elapsed.toNanos() / 1e9);
        }

        double percentileMillis(double percentile) {
            if (latencyNanos.length == 0) {
                return Double.NaN;
            }
            long[] sorted = latencyNanos.clone();
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
        }
    }

    private ClosedLoop() {
    }

    static Outcome run(int clients, int perClient, Duration maxTime, Operation operation) {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger failures = new AtomicInteger();
        ConcurrentLinkedQueue<String> failureTexts = new ConcurrentLinkedQueue<>();
        List<long[]> latencies = new ArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> done = new ArrayList<>();
        long[] startedAt = new long[1];
        for (int c = 0; c < clients; c++) {
            int client = c;
            long[] mine = new long[perClient];
            latencies.add(mine);
            done.add(pool.submit(() -> {
                go.await();
                long deadline = startedAt[0] + maxTime.toNanos();
                int count = 0;
                for (int index = 0; index < perClient && System.nanoTime() < deadline; index++) {
                    long before = System.nanoTime();
                    try {
                        operation.run(client, index);
                        mine[count++] = System.nanoTime() - before;
                    } catch (Exception | AssertionError e) {
                        failures.incrementAndGet();
                        if (failureTexts.size() < 3) {
                            failureTexts.add(e.toString());
                        }
                    }
                }
                return count;
            }));
        }
        startedAt[0] = System.nanoTime();
        go.countDown();
        int operations = 0;
        long[] all = new long[0];
        try {
            for (int c = 0; c < clients; c++) {
                int count = done.get(c).get(maxTime.toSeconds() + 120, TimeUnit.SECONDS);
                operations += count;
                long[] merged = Arrays.copyOf(all, all.length + count);
                System.arraycopy(latencies.get(c), 0, merged, all.length, count);
                all = merged;
            }
        } catch (Exception e) {
            throw new IllegalStateException("a client did not finish", e);
        } finally {
            pool.shutdownNow();
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startedAt[0]);
        return new Outcome(clients, operations, failures.get(), elapsed, all, failureTexts.peek());
    }
}
