package ua.uchast.community.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import ua.uchast.community.boundary.StaffSignIn.Verdict;
import ua.uchast.community.control.LoginThrottle;
import ua.uchast.community.control.MemoryThrottleCounters;
import ua.uchast.community.control.PasswordHasher;
import ua.uchast.community.control.StaffRepository;

/**
 * The order of a sign-in attempt: counted by the throttle first, hashed after. Hashing is held here until every
 * attempt has either reached it or been answered, so attempts arriving together are judged exactly as a flood's would
 * be, whatever the speed of the machine.
 */
class StaffSignInTest {

    private static final int FREE_FAILURES_OF_A_NAME = 5;
    private static final StaffRepository NO_ACCOUNTS = (StaffRepository) Proxy.newProxyInstance(
            StaffSignInTest.class.getClassLoader(), new Class<?>[] {StaffRepository.class}, (proxy, method, args) -> {
                if (method.getName().equals("byUsername")) {
                    return Optional.empty();
                }
                throw new UnsupportedOperationException(method.getName());
            });

    @Test
    void attemptsArrivingTogetherAreCountedBeforeAnyIsHashed() throws Exception {
        int attempts = 20;
        AtomicInteger hashing = new AtomicInteger();
        AtomicInteger answered = new AtomicInteger();
        CountDownLatch hashesEnd = new CountDownLatch(1);
        PasswordHasher heldHasher = new PasswordHasher() {
            @Override
            public Optional<Boolean> tryMatches(String password, String encodedOrNull) {
                hashing.incrementAndGet();
                try {
                    hashesEnd.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Optional.of(false);
            }
        };
        Clock clock = Clock.systemUTC();
        StaffSignIn signIn = new StaffSignIn(NO_ACCOUNTS, heldHasher, new LoginThrottle(new MemoryThrottleCounters(), clock),
                null, clock);
        ExecutorService attackers = Executors.newFixedThreadPool(attempts);
        try {
            List<Future<Verdict>> verdicts = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                String address = "192.0.2." + (i + 1);
                verdicts.add(attackers.submit(() -> {
                    try {
                        return signIn.checkPassword("olena.admin", "guess", address).verdict();
                    } finally {
                        answered.incrementAndGet();
                    }
                }));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (hashing.get() + answered.get() < attempts && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            int hashedAtOnce = hashing.get();
            hashesEnd.countDown();
            long throttled = 0;
            for (Future<Verdict> verdict : verdicts) {
                throttled += verdict.get(30, TimeUnit.SECONDS) == Verdict.THROTTLED ? 1 : 0;
            }

            assertEquals(FREE_FAILURES_OF_A_NAME, hashedAtOnce, "only the name's free failures reached the hashing, "
                    + "each counted before its hash; the other attempts were refused without one");
            assertTrue(throttled == attempts - FREE_FAILURES_OF_A_NAME, throttled + " of " + attempts + " told to wait");
        } finally {
            attackers.shutdownNow();
        }
    }
}
