package ua.uchast.proposal.entity;

import java.util.List;

import ua.uchast.platform.entity.Money;
import ua.uchast.platform.entity.Violations;

/**
 * An estimate (кошторис): its lines and what they add up to in whole hryvnias. The one place where an estimate's
 * total is computed and where typed lines are checked.
 */
public record Estimate(List<EstimateLine> lines) {

    public static final int MAX_LINES = 50;

    public Estimate {
        lines = List.copyOf(lines);
    }

    /** The lines typed so far, blank ones left out. */
    static Estimate typed(List<EstimateLineForm> typed) {
        return new Estimate(typed.stream().filter(line -> !line.isBlank()).map(EstimateLine::new).toList());
    }

    /** Σ quantity × unit price; lines still missing a number count nothing. */
    public Money total() {
        return lines.stream().map(EstimateLine::total).reduce(Money.ZERO, Money::plus);
    }

    /** The total of what is typed so far, for showing while typing: lines that are not (yet) numbers count nothing. */
    public static long totalSoFar(List<EstimateLineForm> typed) {
        return typed.stream().filter(EstimateLineForm::isPriced).map(EstimateLine::new).map(EstimateLine::total)
                .reduce(Money.ZERO, Money::plus).hryvnias();
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /**
     * Checks typed lines: at most {@value #MAX_LINES}, quantities and prices in range, and — when submitted — every line
     * complete, at least one, and a total inside the category's cost range (when the category is known).
     */
    static void check(List<EstimateLineForm> typed, CycleTerms.CostRange range, boolean forSubmission, Violations violations) {
        if (typed.size() > MAX_LINES) {
            violations.add("estimate", "proposal.tooManyLines", MAX_LINES);
            return;
        }
        boolean allPriced = true;
        int filled = 0;
        for (int i = 0; i < typed.size(); i++) {
            EstimateLineForm line = typed.get(i);
            if (line.isBlank()) {
                continue;
            }
            filled++;
            String prefix = "estimate[" + i + "].";
            ProjectCard.optionalText(violations, prefix + "item", line.getItem(), EstimateLine.MAX_ITEM, forSubmission);
            ProjectCard.optionalText(violations, prefix + "unit", line.getUnit(), EstimateLine.MAX_UNIT, forSubmission);
            boolean quantityOk = checkAmount(violations, prefix + "quantity", line.getQuantity(), EstimateLine.MAX_QUANTITY,
                    forSubmission);
            boolean priceOk = checkAmount(violations, prefix + "unitPrice", line.getUnitPrice(), EstimateLine.MAX_UNIT_PRICE,
                    forSubmission);
            allPriced &= quantityOk && priceOk && line.isPriced();
        }
        if (!forSubmission) {
            return;
        }
        violations.require(filled > 0, "estimate", "proposal.estimateEmpty");
        if (filled > 0 && allPriced && range != null) {
            Money total = typed(typed).total();
            violations.require(range.admits(total), "estimate", "proposal.totalOutOfRange", total.hryvnias(),
                    range.min().hryvnias(), range.max().hryvnias());
        }
    }

    private static boolean checkAmount(Violations violations, String field, Long value, long max, boolean required) {
        if (value == null) {
            violations.require(!required, field, "validation.required");
            return !required;
        }
        violations.require(value >= 1 && value <= max, field, "validation.range", 1, max);
        return value >= 1 && value <= max;
    }
}
