package ua.uchast.proposal.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ua.uchast.identity.boundary.Resident;
import ua.uchast.platform.entity.InvalidInputException;
import ua.uchast.proposal.TestImages;
import ua.uchast.proposal.entity.Attachment;
import ua.uchast.proposal.entity.AttachmentKind;
import ua.uchast.proposal.entity.ProjectForm;
import ua.uchast.proposal.entity.ProjectForms;
import ua.uchast.testsupport.AllAtOnce;
import ua.uchast.testsupport.HostileRecord;

/**
 * Uploads fired all at once by one resident: the hourly limit and the per-project limit hold, because each upload is
 * counted atomically before it is stored (counting committed rows let every parallel upload through).
 */
class ParallelUploadsIT {

    private static ProposalWorld world;

    @BeforeAll
    static void start() {
        world = new ProposalWorld("uchast_parallel_uploads_it");
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    @Test
    void fortyParallelUploadsOfOneResidentKeepTheHourlyLimitOfThirty() throws Exception {
        Resident resident = new Resident(3001L, "key-parallel-hour", "Поспішна Мешканка");
        world.signInResident(resident);
        Long first = draft();
        Long second = draft();
        byte[] photo = TestImages.image("png", 8, 8);
        List<Callable<String>> uploads = new ArrayList<>();
        for (int i = 0; i < 2 * Attachment.MAX_PER_PROJECT; i++) {
            Long project = i % 2 == 0 ? first : second;
            uploads.add(() -> outcome(() -> world.call(b -> b.submission().upload(project, AttachmentKind.PHOTO, "p.png", photo))));
        }

        Map<String, Long> outcomes = tally(AllAtOnce.run(uploads, 40));

        assertEquals(ProjectSubmission.UPLOADS_PER_HOUR, outcomes.getOrDefault("stored", 0L), outcomes::toString);
        assertEquals(2 * Attachment.MAX_PER_PROJECT - ProjectSubmission.UPLOADS_PER_HOUR,
                outcomes.getOrDefault("upload.rateLimited", 0L), outcomes::toString);
        assertEquals(ProjectSubmission.UPLOADS_PER_HOUR, storedOf(first) + storedOf(second), "files kept");
        HostileRecord.note(ParallelUploadsIT.class, "parallel uploads, one resident", 2 * Attachment.MAX_PER_PROJECT,
                "stored " + outcomes.get("stored") + " (limit " + ProjectSubmission.UPLOADS_PER_HOUR + "/hour)");
    }

    @Test
    void twentyFiveParallelUploadsIntoOneProjectKeepItsLimitOfTwenty() throws Exception {
        world.signInResident(new Resident(3002L, "key-parallel-project", "Поспішний Мешканець"));
        Long project = draft();
        byte[] photo = TestImages.image("png", 8, 8);
        List<Callable<String>> uploads = new ArrayList<>();
        for (int i = 0; i < Attachment.MAX_PER_PROJECT + 5; i++) {
            uploads.add(() -> outcome(() -> world.call(b -> b.submission().upload(project, AttachmentKind.PHOTO, "p.png", photo))));
        }

        Map<String, Long> outcomes = tally(AllAtOnce.run(uploads, 25));

        assertEquals(Attachment.MAX_PER_PROJECT, outcomes.getOrDefault("stored", 0L), outcomes::toString);
        assertEquals(5, outcomes.getOrDefault("upload.tooMany", 0L), outcomes::toString);
        assertEquals(Attachment.MAX_PER_PROJECT, storedOf(project));
        HostileRecord.note(ParallelUploadsIT.class, "parallel uploads, one project", Attachment.MAX_PER_PROJECT + 5,
                "stored " + outcomes.get("stored") + " (limit " + Attachment.MAX_PER_PROJECT + " per project)");
        // the refused ones did not use up the resident's hour: the next upload elsewhere is taken
        Long other = draft();
        world.call(b -> b.submission().upload(other, AttachmentKind.PHOTO, "p.png", photo));
        assertTrue(storedOf(other) == 1);
    }

    private static Long draft() {
        ProjectForm form = ProjectForms.complete();
        form.setCategoryId(world.smallCategoryId);
        form.setTerritoryId(world.territoryId);
        return world.call(b -> b.submission().startDraft(world.cycleId, form)).id();
    }

    private static long storedOf(Long projectId) {
        return world.persistence.call(entityManager -> entityManager.createQuery(
                "select count(a) from Attachment a where a.projectId = :id", Long.class).setParameter("id", projectId)
                .getSingleResult());
    }

    /** "stored", or the message key of the refusal. */
    private static String outcome(Callable<?> upload) throws Exception {
        try {
            upload.call();
            return "stored";
        } catch (InvalidInputException refused) {
            return refused.violations().get(0).messageKey();
        }
    }

    private static Map<String, Long> tally(List<String> outcomes) {
        return outcomes.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
