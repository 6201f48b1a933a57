package ua.uchast.voting.entity;

import java.time.LocalDate;
import java.time.Period;

/** The age bands of the statistics, as a voter's age was on the day they cast their ballot. */
public enum AgeBand {
    FROM_14_TO_17(14, "14–17"), FROM_18_TO_24(18, "18–24"), FROM_25_TO_34(25, "25–34"), FROM_35_TO_49(35, "35–49"),
    FROM_50_TO_64(50, "50–64"), FROM_65(65, "65+");

    private final int from;
    private final String label;

    AgeBand(int from, String label) {
        this.from = from;
        this.label = label;
    }

    public static AgeBand of(LocalDate birthDate, LocalDate on) {
        int age = Period.between(birthDate, on).getYears();
        AgeBand band = FROM_14_TO_17;
        for (AgeBand candidate : values()) {
            if (age >= candidate.from) {
                band = candidate;
            }
        }
        return band;
    }

    public String label() {
        return label;
    }
}
