package ua.uchast.implementation.control;

import java.util.List;
import java.util.Optional;

import ua.uchast.implementation.entity.Follower;

/** Who follows which winner. */
public interface FollowerRepository {

    /** Everyone who follows or followed the project, unsubscribed ones too. */
    List<Follower> ofProject(Long projectId);

    Optional<Follower> byEmail(Long projectId, String normalizedEmail);

    List<Follower> ofResident(Long projectId, Long residentId);

    /** The address the resident gave last, on any project. */
    Optional<String> latestEmailOf(Long residentId);

    Optional<Follower> byId(Long followerId);

    Follower add(Follower follower);
}
