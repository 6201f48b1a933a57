package ua.uchast.voting.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import ua.uchast.voting.entity.Choices;

/** How many ballots in a cycle's box chose each project: the choices column alone, read in pages by ballot id. */
@ApplicationScoped
public class BallotBoxCounts {

    private static final int PAGE = 5_000;

    private EntityManager entityManager;

    protected BallotBoxCounts() {
    }

    @Inject
    public BallotBoxCounts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Votes by project id; projects nobody chose are missing. */
    public Map<Long, Long> votesPerProject(Long cycleId) {
        Map<Long, Long> votes = new HashMap<>();
        String after = "";
        while (true) {
            List<?> rows = entityManager.createNativeQuery("SELECT ballot_id, choices FROM ballot_box WHERE cycle_id = ? "
                            + "AND ballot_id > ? ORDER BY ballot_id").setParameter(1, cycleId).setParameter(2, after)
                    .setMaxResults(PAGE).getResultList();
            for (Object row : rows) {
                Object[] columns = (Object[]) row;
                Choices.parse((String) columns[1]).byCategory().values().stream().flatMap(Set::stream)
                        .forEach(project -> votes.merge(project, 1L, Long::sum));
                after = (String) columns[0];
            }
            if (rows.size() < PAGE) {
                return votes;
            }
        }
    }
}
