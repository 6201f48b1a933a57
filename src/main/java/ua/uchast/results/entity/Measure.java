package ua.uchast.results.entity;

import java.util.Locale;

/**
 * What a row of the statistics counts. Groups of people (voters, authors) are protected: a group of fewer than
 * {@link SmallGroups#THRESHOLD} is shown as "<5". Voters by channel are not, since the public ballot file names every
 * ballot's channel anyway; projects and money are about projects, not people.
 */
public enum Measure {
    VOTERS_BY_AGE_BAND(true), VOTERS_BY_GENDER(true), VOTERS_BY_TERRITORY(true), VOTERS_BY_DAY(true),
    VOTERS_BY_CHANNEL(false), AUTHORS_BY_AGE_BAND(true), PROJECTS_BY_CATEGORY(false), PROJECTS_BY_TERRITORY(false),
    PROJECTS_BY_STATUS(false), MONEY_ASKED(false), MONEY_AVAILABLE(false);

    private final boolean ofPeople;

    Measure(boolean ofPeople) {
        this.ofPeople = ofPeople;
    }

    /** Counts people, so small groups are not shown exactly. */
    public boolean ofPeople() {
        return ofPeople;
    }

    /** The measure's name in the open data and the page: VOTERS_BY_AGE_BAND is votersByAgeBand. */
    public String camelName() {
        StringBuilder name = new StringBuilder();
        for (String word : name().toLowerCase(Locale.ROOT).split("_")) {
            name.append(name.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return name.toString();
    }

    /** Counts voters from the register (kept from an earlier version when a correction adds only a few voters). */
    public boolean ofVoters() {
        return name().startsWith("VOTERS_");
    }
}
