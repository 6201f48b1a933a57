package ua.uchast.community.control;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Failure counters by key, shared by every instance of the platform (they live in the database). */
public interface ThrottleCounters {

    record Count(int failures, Instant last) {

        static final Count NONE = new Count(0, Instant.EPOCH);
    }

    /**
     * In one atomic step: reads the keys' counts (a count last raised before {@code forgetBefore} starts again from
     * zero) and, if {@code admits} accepts them, adds one failure to each, at {@code now}.
     *
     * @return the counts as they were before (a key never seen has {@link Count#NONE})
     */
    Map<String, Count> countIfAdmitted(List<String> keys, Instant now, Instant forgetBefore,
            Predicate<Map<String, Count>> admits);

    Optional<Count> read(String key, Instant forgetBefore);

    /** Takes back one failure counted for an attempt that turned out well or was not checked. */
    void uncount(String key);

    void forget(String key);

    void forgetOlderThan(Instant before);
}
