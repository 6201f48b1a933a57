package ua.uchast.platform.control;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Phases are whole days in Ukraine's time zone; stored timestamps are UTC. */
public final class KyivTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Kyiv");

    private KyivTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public static LocalDateTime nowUtc(Clock clock) {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
