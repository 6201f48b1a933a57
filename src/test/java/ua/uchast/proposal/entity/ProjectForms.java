package ua.uchast.proposal.entity;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import ua.uchast.cycle.entity.Phase;
import ua.uchast.platform.entity.Money;

/** A complete project form and the terms of a cycle it fits, for tests to start from. */
public final class ProjectForms {

    public static final long SMALL = 1L;
    public static final long TERRITORY = 10L;

    private ProjectForms() {
    }

    public static ProjectForm complete() {
        ProjectForm form = new ProjectForm();
        form.setTitle("Лавки в парку");
        form.setCategoryId(SMALL);
        form.setTerritoryId(TERRITORY);
        form.setSummary("Нові лавки біля ставу");
        form.setProblem("Немає де сісти");
        form.setSolution("Поставити 10 лавок");
        form.setBeneficiaries("Усі мешканці");
        form.setAddress("вул. Паркова, 1");
        form.setLatitude(new BigDecimal("50.390100"));
        form.setLongitude(new BigDecimal("30.370200"));
        form.getEstimate().add(new EstimateLineForm("Лавка", 10L, "шт", 6_000L));
        form.getEstimate().add(new EstimateLineForm("Монтаж", 1L, "послуга", 15_000L));
        form.getCoAuthors().add(new CoAuthorForm("Марія Петренко", "+380 67 000 00 00"));
        form.setContactEmail("author@example.org");
        return form;
    }

    public static CycleTerms terms(Phase phase) {
        return terms(phase, null);
    }

    public static CycleTerms terms(Phase phase, Integer supportersThreshold) {
        return new CycleTerms(phase, Map.of(SMALL, new CycleTerms.CostRange(Money.ofHryvnias(50_000), Money.ofHryvnias(300_000))),
                Set.of(TERRITORY), supportersThreshold);
    }
}
