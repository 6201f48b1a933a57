package ua.uchast.community.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class HashingGateTest {

    @Test
    void atMostThePermittedRunsHappenAtOnceAndBeyondTheWaitingRoomCallersAreToldAtOnce() throws Exception {
        HashingGate gate = new HashingGate(2, 4, Duration.ofSeconds(10));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(20);
        try {
            List<Future<Optional<String>>> results = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                results.add(callers.submit(() -> gate.tryRun(() -> {
                    mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                    awaitQuietly(release);
                    running.decrementAndGet();
                    return "hashed";
                })));
            }
            Thread.sleep(500);
            release.countDown();
            long hashed = 0;
            for (Future<Optional<String>> result : results) {
                hashed += result.get().isPresent() ? 1 : 0;
            }
            assertEquals(2, mostAtOnce.get(), "two at once, never more");
            assertTrue(hashed <= 2 + 4, hashed + " ran: the two running and the four waiting; the rest were told 'busy'");
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aCallerWhoWaitsTooLongIsToldTheServerIsBusy() throws Exception {
        HashingGate gate = new HashingGate(1, 4, Duration.ofMillis(200));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> gate.tryRun(() -> {
            started.countDown();
            awaitQuietly(release);
            return null;
        }));
        holder.start();
        started.await();
        assertTrue(gate.tryRun(() -> "late").isEmpty());
        release.countDown();
        holder.join();
        assertEquals(Optional.of("now"), gate.tryRun(() -> "now"));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
