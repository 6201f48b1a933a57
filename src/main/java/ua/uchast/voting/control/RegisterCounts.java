package ua.uchast.voting.control;

import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import ua.uchast.identity.entity.Rnokpp;
import ua.uchast.voting.entity.AgeBand;
import ua.uchast.voting.entity.Channel;
import ua.uchast.voting.entity.RegisterTotals;

/**
 * Counts of a cycle's voter register, one GROUP BY each, for statistics: who voted (by age band, gender, territory,
 * channel and day as at casting), never what anyone chose — the ballot box is not read here.
 */
@ApplicationScoped
public class RegisterCounts {

    private EntityManager entityManager;

    protected RegisterCounts() {
    }

    @Inject
    public RegisterCounts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public RegisterTotals of(Long cycleId) {
        Map<Channel, Long> byChannel = new EnumMap<>(Channel.class);
        grouped(cycleId, "channel").forEach((key, count) -> byChannel.put(Channel.valueOf((String) key), count));
        Map<AgeBand, Long> byAgeBand = new EnumMap<>(AgeBand.class);
        grouped(cycleId, "age_band").forEach((key, count) -> byAgeBand.put(AgeBand.valueOf((String) key), count));
        Map<Rnokpp.Gender, Long> byGender = new EnumMap<>(Rnokpp.Gender.class);
        long[] genderUnknown = {0};
        grouped(cycleId, "gender").forEach((key, count) -> {
            if (key == null) {
                genderUnknown[0] += count;
            } else {
                byGender.put(Rnokpp.Gender.valueOf((String) key), count);
            }
        });
        Map<Long, Long> byTerritory = new HashMap<>();
        long[] territoryUnknown = {0};
        grouped(cycleId, "territory_id").forEach((key, count) -> {
            if (key == null) {
                territoryUnknown[0] += count;
            } else {
                byTerritory.put(((Number) key).longValue(), count);
            }
        });
        SortedMap<LocalDate, Long> byDay = new TreeMap<>();
        grouped(cycleId, "cast_on").forEach((key, count) -> byDay.put(day(key), count));
        long voters = byChannel.values().stream().mapToLong(Long::longValue).sum();
        return new RegisterTotals(voters, byChannel, byAgeBand, byGender, genderUnknown[0], byTerritory, territoryUnknown[0],
                byDay);
    }

    /** The register's lines of the cycle counted by one of its columns (named here, never by a caller). */
    private Map<Object, Long> grouped(Long cycleId, String column) {
        List<?> rows = entityManager.createNativeQuery("SELECT " + column + ", COUNT(*) FROM voter_register WHERE cycle_id = ? "
                + "GROUP BY " + column).setParameter(1, cycleId).getResultList();
        Map<Object, Long> counts = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            counts.merge(columns[0], ((Number) columns[1]).longValue(), Long::sum);
        }
        return counts;
    }

    private static LocalDate day(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
