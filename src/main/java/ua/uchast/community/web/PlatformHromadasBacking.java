package ua.uchast.community.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import ua.uchast.community.boundary.HromadaOnboarding;
import ua.uchast.community.entity.Hromada;
import ua.uchast.community.web.HomeBacking.CycleLine;
import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.platform.web.Ids;

/**
 * The platform operator's list of hromadas (/community/platform/hromadas): each with its current cycles and their
 * phases, and suspending (after confirming) or resuming it.
 */
@Named
@RequestScoped
public class PlatformHromadasBacking {

    public record Line(Hromada hromada, List<CycleLine> cycles) {
    }

    @Inject
    HromadaOnboarding onboarding;

    @Inject
    CycleCatalog cycles;

    private List<Line> lines;
    private Long suspend;

    @PostConstruct
    void load() {
        String suspendParameter = Faces.getRequestParameter("suspend");
        suspend = suspendParameter == null ? null : Ids.parse(suspendParameter);
        lines = onboarding.hromadas().stream().map(hromada -> new Line(hromada, cycles.currentOf(hromada.id()).stream()
                .map(cycle -> new CycleLine(cycle, cycles.phaseOf(cycle))).toList())).toList();
    }

    public void suspend(Long hromadaId) throws IOException {
        onboarding.suspend(hromadaId);
        Messages.addFlashGlobalInfo("platform.suspended");
        Faces.redirect(Faces.getRequestURI());
    }

    public void resume(Long hromadaId) throws IOException {
        onboarding.resume(hromadaId);
        Messages.addFlashGlobalInfo("platform.resumed");
        Faces.redirect(Faces.getRequestURI());
    }

    /** The hromada the confirmation box asks about (?suspend=ID; the box's form posts back to that address). */
    public Optional<Hromada> getSuspending() {
        return lines.stream().map(Line::hromada).filter(hromada -> hromada.id().equals(suspend) && !hromada.isSuspended())
                .findFirst();
    }

    public List<Line> getLines() {
        return lines;
    }
}
