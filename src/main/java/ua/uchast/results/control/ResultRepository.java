package ua.uchast.results.control;

import java.util.List;
import java.util.Optional;

import ua.uchast.results.entity.PublishedResult;
import ua.uchast.results.entity.VersionSummary;

/** Where published versions are kept: added once, never changed. */
public interface ResultRepository {

    /** Thrown when the version's number is taken: someone published this cycle a moment ago (the unique key decided). */
    final class NumberTaken extends RuntimeException {
        public NumberTaken(Throwable cause) {
            super("the version number is taken", cause);
        }
    }

    PublishedResult add(PublishedResult result);

    /** The highest version number of the cycle; empty when nothing is published. */
    Optional<Integer> latestNumber(Long cycleId);

    Optional<PublishedResult> version(Long cycleId, int number);

    /** Newest first. */
    List<VersionSummary> versions(Long cycleId);

    /** The current version of each of the hromada's published cycles. */
    List<PublishedResult> currentOfHromada(Long hromadaId);
}
