package ua.uchast.voting.entity;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import ua.uchast.identity.entity.Rnokpp;

/**
 * How many people voted in a cycle, in all and by channel, age band, gender, territory (as at casting; the unknown ones
 * counted apart) and day of casting (for a paper ballot, the day the paper was received). Exact counts: whoever shows
 * them decides how to protect small groups.
 */
public record RegisterTotals(long voters, Map<Channel, Long> byChannel, Map<AgeBand, Long> byAgeBand,
        Map<Rnokpp.Gender, Long> byGender, long genderUnknown, Map<Long, Long> byTerritory, long territoryUnknown,
        SortedMap<LocalDate, Long> byDay) {

    public RegisterTotals {
        byChannel = Map.copyOf(byChannel);
        byAgeBand = Map.copyOf(byAgeBand);
        byGender = Map.copyOf(byGender);
        byTerritory = Map.copyOf(byTerritory);
        byDay = Collections.unmodifiableSortedMap(new TreeMap<>(byDay));
    }

    public long channel(Channel channel) {
        return byChannel.getOrDefault(channel, 0L);
    }
}
