package ua.uchast.community.control;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** {@link ThrottleCounters} in one map under one lock, for the throttle's rules without a database. */
public final class MemoryThrottleCounters implements ThrottleCounters {

    private final Map<String, Count> counts = new HashMap<>();

    @Override
    public synchronized Map<String, Count> countIfAdmitted(List<String> keys, Instant now, Instant forgetBefore,
            Predicate<Map<String, Count>> admits) {
        Map<String, Count> before = new LinkedHashMap<>();
        keys.forEach(key -> before.put(key, read(key, forgetBefore).orElse(Count.NONE)));
        if (admits.test(before)) {
            before.forEach((key, count) -> counts.put(key, new Count(count.failures() + 1, now)));
        }
        return before;
    }

    @Override
    public synchronized Optional<Count> read(String key, Instant forgetBefore) {
        return Optional.ofNullable(counts.get(key)).filter(count -> !count.last().isBefore(forgetBefore));
    }

    @Override
    public synchronized void uncount(String key) {
        counts.computeIfPresent(key, (k, count) -> new Count(Math.max(0, count.failures() - 1), count.last()));
    }

    @Override
    public synchronized void forget(String key) {
        counts.remove(key);
    }

    @Override
    public synchronized void forgetOlderThan(Instant before) {
        counts.values().removeIf(count -> count.last().isBefore(before));
    }
}
