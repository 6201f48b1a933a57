package ua.uchast.cycle.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A cycle that records an election held elsewhere, imported from its published file: its own currency, its exact
 * budget (which may have decimals, e.g. 1331751.11 PLN; the cycle itself counts whole units), and the name of the rule
 * it was counted by. Nobody proposes or votes in such a cycle, so its residency rules mean nothing.
 */
@Embeddable
public class HistoricRecord implements Serializable {

    static final int MAX_CURRENCY = 10;
    static final int MAX_RULE = 40;

    @Column(name = "historic_currency", length = MAX_CURRENCY)
    private String currency;

    @Column(name = "historic_budget", precision = 26, scale = 6)
    private BigDecimal budget;

    @Column(name = "historic_rule", length = MAX_RULE)
    private String countingRule;

    protected HistoricRecord() {
    }

    private HistoricRecord(String currency, BigDecimal budget, String countingRule) {
        this.currency = currency;
        this.budget = budget;
        this.countingRule = countingRule;
    }

    public static HistoricRecord of(String currency, BigDecimal budget, String countingRule) {
        String code = Objects.requireNonNullElse(currency, "").strip();
        if (code.isEmpty() || code.length() > MAX_CURRENCY || budget.signum() < 0 || countingRule.length() > MAX_RULE) {
            throw new IllegalArgumentException("not a historic record: " + code + " " + budget + " " + countingRule);
        }
        return new HistoricRecord(code, budget, countingRule);
    }

    public String currency() {
        return currency;
    }

    public BigDecimal budget() {
        return budget;
    }

    /** The rule's published (pabulib) name, e.g. {@code greedy-no-skip-80}. */
    public String countingRule() {
        return countingRule;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HistoricRecord record && currency.equals(record.currency)
                && budget.compareTo(record.budget) == 0 && countingRule.equals(record.countingRule);
    }

    @Override
    public int hashCode() {
        return Objects.hash(currency, budget.stripTrailingZeros(), countingRule);
    }
}
