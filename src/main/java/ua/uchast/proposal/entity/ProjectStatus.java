package ua.uchast.proposal.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a project stands (DESIGN §3). Only the transitions listed in {@link Project} exist; every one is recorded.
 */
public enum ProjectStatus {
    DRAFT, SUBMITTED, UNDER_REVIEW, NEEDS_REVISION, RESUBMITTED, ACCEPTED, REJECTED, WITHDRAWN, MERGED, WINNER, NOT_SELECTED;

    /** Statuses anyone may see in the public catalogue: everything that has left the author's desk. */
    public static final Set<ProjectStatus> PUBLIC = EnumSet.of(SUBMITTED, UNDER_REVIEW, NEEDS_REVISION, RESUBMITTED, ACCEPTED,
            REJECTED, WITHDRAWN, MERGED, WINNER, NOT_SELECTED);

    /** Waiting for the commission to take them into review. */
    public static final Set<ProjectStatus> AWAITING_REVIEW = EnumSet.of(SUBMITTED, RESUBMITTED);

    /** The commission's queue: waiting for review, in review, or back with the author for revision. */
    public static final Set<ProjectStatus> IN_MODERATION = EnumSet.of(SUBMITTED, UNDER_REVIEW, NEEDS_REVISION, RESUBMITTED);

    /** On the ballot: accepted for voting (and, once results are published, whatever the tally made of them). */
    public static final Set<ProjectStatus> ON_BALLOT = EnumSet.of(ACCEPTED, WINNER, NOT_SELECTED);

    public boolean isPublic() {
        return PUBLIC.contains(this);
    }

    public boolean isFinal() {
        return this == REJECTED || this == WITHDRAWN || this == MERGED;
    }
}
