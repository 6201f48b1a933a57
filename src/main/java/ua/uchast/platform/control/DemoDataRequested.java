package ua.uchast.platform.control;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Asks every component to add its part of the demo data, once, in one transaction. Components observe it with
 * {@code @Observes @Priority(DemoDataRequested.X)} so that what others build on exists first: hromadas and staff, then
 * residents, cycles, projects, ballots, results, implementation.
 */
public record DemoDataRequested(Clock clock) {

    public static final int COMMUNITY = 100;
    public static final int IDENTITY = 200;
    public static final int CYCLE = 300;
    public static final int PROPOSAL = 400;
    public static final int VOTING = 500;
    public static final int RESULTS = 600;
    public static final int IMPLEMENTATION = 700;

    public LocalDate today() {
        return KyivTime.today(clock);
    }

    public LocalDateTime now() {
        return KyivTime.nowUtc(clock);
    }
}
