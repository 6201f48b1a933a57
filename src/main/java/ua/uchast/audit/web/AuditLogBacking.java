package ua.uchast.audit.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import ua.uchast.audit.boundary.AuditTrail;
import ua.uchast.audit.control.AuditPage;
import ua.uchast.audit.control.AuditQuery;
import ua.uchast.audit.entity.ChainVerdict;
import ua.uchast.platform.web.DateConverter;
import ua.uchast.platform.web.FormatBacking;
import ua.uchast.platform.web.LocaleBacking;
import ua.uchast.platform.web.PageNumbers;

/**
 * The administrator's view of their hromada's audit log: newest first, in words, filtered by who, what and when (all
 * in the address, so a view can be linked to), 50 a page; and a check of the log's hash chain.
 */
@Named
@RequestScoped
public class AuditLogBacking {

    static final int PAGE_SIZE = 50;

    @Inject
    AuditTrail auditTrail;

    @Inject
    LocaleBacking localeBacking;

    @Inject
    FormatBacking format;

    private String actor;
    private String action;
    private String from;
    private String to;
    private Integer page;
    private String fromError;
    private String toError;
    private AuditVocabulary vocabulary;
    private AuditPage results;
    private List<AuditVocabulary.Line> lines;

    public void load() {
        vocabulary = new AuditVocabulary(localeBacking.getLocale());
        LocalDate fromDay = day(from, error -> fromError = error);
        LocalDate toDay = day(to, error -> toError = error);
        page = PageNumbers.requested(page);
        results = auditTrail.searchMyHromada(new AuditQuery(blankToNull(actor), blankToNull(action), fromDay, toDay,
                page - 1, PAGE_SIZE));
        PageNumbers.requireWithin(page, results.pageCount());
        lines = results.entries().stream().map(vocabulary::describe).toList();
    }

    /** Checks the chain and says what it found on the page it was asked from. */
    public void verify() throws IOException {
        ChainVerdict verdict = auditTrail.verifyChainOfMyHromada();
        if (verdict.intact()) {
            Messages.addFlashGlobalInfo("audit.chain.intact", verdict.checked(), verdict.olderThanChain());
        } else if (verdict.brokenEntryId() != null) {
            Messages.addFlashGlobalError("audit.chain.brokenAt", format.dateTime(verdict.brokenEntryTime()),
                    verdict.brokenEntryId(), verdict.checked());
        } else {
            Messages.addFlashGlobalError("audit.chain.latestMissing", verdict.checked());
        }
        Faces.redirect(Faces.getRequestURIWithQueryString());
    }

    /** A day typed in a filter, or null; an impossible or garbled one is said so next to its field. */
    private static LocalDate day(String text, Consumer<String> refusal) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<LocalDate> day = DateConverter.parse(text.strip());
        if (day.isEmpty()) {
            refusal.accept(Messages.createError(DateConverter.refusalKey(text.strip()), text.strip()).getSummary());
        }
        return day.orElse(null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public List<String> getActors() {
        return auditTrail.actorsOfMyHromada();
    }

    public List<String> getActions() {
        return auditTrail.actionsOfMyHromada();
    }

    public String actionName(String code) {
        return vocabulary.action(code);
    }

    public String getChainHead() {
        return auditTrail.chainHeadOfMyHromada().orElse(null);
    }

    public List<AuditVocabulary.Line> getLines() {
        return lines;
    }

    public AuditPage getResults() {
        return results;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public String getFromError() {
        return fromError;
    }

    public String getToError() {
        return toError;
    }
}
