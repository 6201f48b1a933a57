package ua.uchast.tally.entity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One budget pool (a category of a cycle, or one pabulib file): its META settings, the accepted projects in
 * submission order, and the grouped ballots.
 */
public record PbElection(Map<String, String> meta, long budget, VoteType voteType, List<TallyProject> projects,
        List<Ballot> ballots) {

    public static final String META_RULE = "rule";
    public static final String META_SCORE_THRESHOLD = "min_project_score_threshold";

    public PbElection {
        meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
        projects = List.copyOf(projects);
        ballots = List.copyOf(ballots);
        if (budget < 0) {
            throw new IllegalArgumentException("negative budget");
        }
    }

    public Optional<String> ruleName() {
        return Optional.ofNullable(meta.get(META_RULE));
    }

    /** META {@code min_project_score_threshold}; the parser has checked it is a whole number. */
    public OptionalLong minProjectScoreThreshold() {
        String value = meta.get(META_SCORE_THRESHOLD);
        return value == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(value.trim()));
    }

    public long voterCount() {
        return ballots.stream().mapToLong(Ballot::weight).sum();
    }
}
