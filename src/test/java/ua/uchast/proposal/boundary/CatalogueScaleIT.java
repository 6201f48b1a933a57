package ua.uchast.proposal.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ua.uchast.proposal.control.CatalogueQuery;
import ua.uchast.proposal.control.CatalogueSort;
import ua.uchast.proposal.control.Page;
import ua.uchast.proposal.entity.Actor;
import ua.uchast.proposal.entity.CycleTerms;
import ua.uchast.proposal.entity.EstimateLineForm;
import ua.uchast.proposal.entity.Project;
import ua.uchast.proposal.entity.ProjectForm;
import ua.uchast.proposal.entity.ProjectStatus;

/**
 * A cycle with 2,000 submitted projects: the catalogue's first page, a filtered and searched page, and the review queue
 * each take a fixed number of SQL statements (page, count, first photos), however many projects there are.
 */
class CatalogueScaleIT {

    private static final int PROJECTS = 2_000;
    private static final int PAGE_SIZE = 20;
    private static ProposalWorld world;
    private static StatementCounter statements;

    @BeforeAll
    static void seed() {
        world = new ProposalWorld("uchast_catalogue_scale_it");
        statements = world.persistence.call(StatementCounter::attachTo);
        long started = System.nanoTime();
        for (int batch = 0; batch < PROJECTS / 500; batch++) {
            int first = batch * 500;
            world.call(b -> {
                CycleTerms terms = b.submissionTerms();
                for (int i = first; i < first + 500; i++) {
                    Actor author = Actor.resident(10_000L + i, "Автор " + i);
                    ProjectForm form = form(i);
                    Project project = Project.draft(world.cycleId, world.hromadaId, author, form, terms, b.now());
                    project.submit(author, form, terms, b.now());
                    b.entityManager().persist(project);
                }
                return null;
            });
        }
        System.out.printf("Seeded %d projects in %d ms%n", PROJECTS, (System.nanoTime() - started) / 1_000_000);
    }

    private static ProjectForm form(int i) {
        ProjectForm form = new ProjectForm();
        form.setTitle((i % 10 == 0 ? "Дитячий майданчик " : "Лавки ") + i);
        form.setCategoryId(world.smallCategoryId);
        form.setTerritoryId(world.territoryId);
        form.setSummary("Проєкт номер " + i);
        form.setProblem("Проблема");
        form.setSolution("Рішення");
        form.setBeneficiaries("Мешканці");
        form.setAddress("вул. Шкільна, " + i);
        form.getEstimate().add(new EstimateLineForm("Позиція", 1L + i % 50, "шт", 5_000L));
        form.getEstimate().add(new EstimateLineForm("Монтаж", 1L, "послуга", 50_000L));
        form.setContactEmail("author" + i + "@example.org");
        return form;
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    private List<String> statementsOf(Runnable work) {
        statements.start();
        work.run();
        return statements.stop();
    }

    /** What the catalogue page reads for each card; none of it may go back to the database. */
    private static void renderCards(Page<Project> page, Map<Long, Long> photos) {
        for (Project project : page.items()) {
            String card = project.title() + project.summary() + project.status() + project.totalCost() + project.categoryId()
                    + project.territoryId() + photos.get(project.id());
            assertTrue(!card.isEmpty());
        }
    }

    @Test
    void theFirstPageTakesThreeStatements() {
        world.signOut();
        long started = System.nanoTime();
        List<String> sql = statementsOf(() -> world.call(b -> {
            Page<Project> page = b.catalogue().page(new CatalogueQuery(world.cycleId, null, null, ProjectStatus.PUBLIC, null,
                    CatalogueSort.NEWEST, 0, PAGE_SIZE));
            Map<Long, Long> photos = b.catalogue().firstPhotoIds(page.items().stream().map(Project::id).toList());
            renderCards(page, photos);
            assertEquals(PAGE_SIZE, page.items().size());
            assertTrue(page.total() >= PROJECTS);
            return null;
        }));
        System.out.printf("First page of %d projects: %d statements, %d ms: %s%n", PROJECTS, sql.size(),
                (System.nanoTime() - started) / 1_000_000, sql);
        assertEquals(3, sql.size(), sql::toString);
        assertTrue(sql.get(0).toUpperCase().contains("LIMIT"), () -> "paged in the database: " + sql.get(0));
    }

    @Test
    void aFilteredSearchedPageSortedByCostTakesThreeStatements() {
        world.signOut();
        long started = System.nanoTime();
        List<String> sql = statementsOf(() -> world.call(b -> {
            Page<Project> page = b.catalogue().page(new CatalogueQuery(world.cycleId, world.smallCategoryId, world.territoryId,
                    EnumSet.of(ProjectStatus.SUBMITTED), "майданчик", CatalogueSort.COST_DESCENDING, 2, PAGE_SIZE));
            Map<Long, Long> photos = b.catalogue().firstPhotoIds(page.items().stream().map(Project::id).toList());
            renderCards(page, photos);
            assertEquals(PROJECTS / 10, page.total());
            assertEquals(PAGE_SIZE, page.items().size());
            assertTrue(page.items().get(0).totalCost().compareTo(page.items().get(PAGE_SIZE - 1).totalCost()) >= 0);
            return null;
        }));
        System.out.printf("Filtered page 3 (category, territory, status, search, by cost): %d statements, %d ms%n", sql.size(),
                (System.nanoTime() - started) / 1_000_000);
        assertEquals(3, sql.size(), sql::toString);
    }

    @Test
    void theReviewQueueTakesOneStatement() {
        world.signInCommission(world.hromadaId);
        List<String> sql = statementsOf(() -> world.call(b -> {
            ProjectFilter filter = ProposalWorld.queueOf(world.cycleId, ProjectStatus.SUBMITTED);
            filter.setCategoryId(world.smallCategoryId);
            List<Project> queue = b.reviewing().queue(filter, 0);
            queue.forEach(project -> assertTrue(project.title().length() + project.totalCost().hryvnias() > 0));
            assertEquals(500, queue.size());
            return null;
        }));
        assertEquals(1, sql.size(), sql::toString);
    }
}
