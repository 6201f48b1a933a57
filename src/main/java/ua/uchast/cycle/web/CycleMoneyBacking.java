package ua.uchast.cycle.web;

import java.math.BigDecimal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ua.uchast.cycle.entity.BudgetCategory;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.platform.entity.Money;
import ua.uchast.platform.web.FormatBacking;

/**
 * A cycle's amounts as its pages show them: hryvnias for the platform's own cycles; for a record of an election
 * imported from a file, its own currency, and its budget exactly as published ("1 331 751,11 PLN").
 */
@Named
@ApplicationScoped
public class CycleMoneyBacking {

    @Inject
    FormatBacking format;

    public String total(BudgetCycle cycle) {
        return cycle.historic().map(record -> format.amount(record.budget(), record.currency()))
                .orElseGet(() -> format.hryvnias(cycle.totalBudget()));
    }

    /** An imported election is one category with the file's budget. */
    public String budgetOf(BudgetCycle cycle, BudgetCategory category) {
        return cycle.isHistoric() ? total(cycle) : format.hryvnias(category.budget());
    }

    public String inCurrency(BudgetCycle cycle, Money money) {
        return cycle.historic().map(record -> format.amount(BigDecimal.valueOf(money.hryvnias()),
                record.currency())).orElseGet(() -> format.hryvnias(money));
    }
}
