package ua.uchast.results.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One group of a measure as counted at publishing, exactly ({@link SmallGroups} decides what may be shown): its key
 * (an age band, a territory id, a day, a status …), a label where the key alone is not words (a territory's or
 * category's name at publishing), and the count or amount.
 */
@Embeddable
public class StatisticRow {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Measure measure;

    @Column(name = "group_key", nullable = false, length = 40)
    private String groupKey;

    @Column(length = 200)
    private String label;

    @Column(nullable = false)
    private long amount;

    protected StatisticRow() {
    }

    public StatisticRow(Measure measure, String groupKey, String label, long amount) {
        this.measure = measure;
        this.groupKey = groupKey;
        this.label = label == null || label.length() <= 200 ? label : label.substring(0, 200);
        this.amount = amount;
    }

    public Measure measure() {
        return measure;
    }

    public String groupKey() {
        return groupKey;
    }

    public String label() {
        return label;
    }

    public long amount() {
        return amount;
    }
}
