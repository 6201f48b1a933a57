package ua.uchast.tally.control;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import ua.uchast.tally.entity.ExclusiveGroup;

/** The groups of mutually exclusive projects declared for cycles. */
public interface ExclusiveGroupRepository {

    List<ExclusiveGroup> ofCycle(Long cycleId);

    Optional<ExclusiveGroup> byId(Long groupId);

    void add(ExclusiveGroup group);

    void remove(ExclusiveGroup group);

    /** The cycle's groups as the tally names projects: by their ids as text. */
    default List<Set<String>> asTallied(Long cycleId) {
        return ofCycle(cycleId).stream().map(group -> Set.copyOf(group.projectIds().stream().map(String::valueOf).toList()))
                .toList();
    }
}
