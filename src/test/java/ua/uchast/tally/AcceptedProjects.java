package ua.uchast.tally;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.cycle.entity.Phase;
import ua.uchast.platform.entity.Money;
import ua.uchast.proposal.entity.Actor;
import ua.uchast.proposal.entity.CycleTerms;
import ua.uchast.proposal.entity.EstimateLineForm;
import ua.uchast.proposal.entity.Project;
import ua.uchast.proposal.entity.ProjectForm;
import ua.uchast.proposal.entity.ProjectForms;

/** Projects of a cycle's first category as the proposal component leaves them: submitted, and accepted if asked. */
public final class AcceptedProjects {

    private AcceptedProjects() {
    }

    public static Long project(EntityManager entityManager, BudgetCycle cycle, Long territoryId, Long commissionAccountId,
            String title, long cost, boolean accepted) {
        Long category = cycle.categories().get(0).id();
        CycleTerms terms = new CycleTerms(Phase.SUBMISSION, Map.of(category, new CycleTerms.CostRange(
                Money.ofHryvnias(50_000), Money.ofHryvnias(300_000))), Set.of(territoryId), null);
        ProjectForm form = ProjectForms.complete();
        form.setTitle(title);
        form.setCategoryId(category);
        form.setTerritoryId(territoryId);
        form.getEstimate().clear();
        form.getEstimate().add(new EstimateLineForm("Усе", 1L, "шт", cost));
        LocalDateTime now = LocalDateTime.of(2026, 12, 1, 10, 0);
        Actor author = Actor.resident(1L, "Автор");
        Project project = Project.draft(cycle.id(), cycle.hromadaId(), author, form, terms, now);
        project.submit(author, form, terms, now);
        if (accepted) {
            Actor commission = Actor.staff(commissionAccountId, "Комісія");
            project.startReview(commission, 0, terms, now);
            project.accept(commission, "Допущено", null, now);
        }
        entityManager.persist(project);
        entityManager.flush();
        return project.id();
    }
}
