package ua.uchast.proposal.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import ua.uchast.community.boundary.HromadaCatalog;
import ua.uchast.community.entity.Hromada;
import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.identity.boundary.CurrentResident;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.proposal.boundary.ProjectCatalogue;
import ua.uchast.proposal.boundary.ProjectSubmission;
import ua.uchast.proposal.entity.Attachment;
import ua.uchast.proposal.entity.AttachmentKind;
import ua.uchast.proposal.entity.MergeProposal;
import ua.uchast.proposal.entity.Project;
import ua.uchast.results.boundary.PublishedResults;

/**
 * A project's page at its stable URL (/proposal/project?id=): card, photos, map, estimate, status and history. Private
 * contacts and the commission's notes only for those allowed to see them; the author's and supporters' actions.
 * View-scoped, so the actions posted from the page know which project they are about.
 */
@Named
@ViewScoped
public class ProjectPageBacking implements Serializable {

    private static final String MERGE = "merge";

    @Inject
    ProjectCatalogue catalogue;

    @Inject
    ProjectSubmission submission;

    @Inject
    CycleCatalog cycles;

    @Inject
    HromadaCatalog hromadas;

    @Inject
    CurrentResident currentResident;

    @Inject
    PublishedResults results;

    private Long id;
    private String withdrawReason;
    private String confirming;
    private transient Project project;
    private transient BudgetCycle cycle;
    private transient Hromada hromada;
    private transient List<Attachment> attachments;
    private transient Optional<Long> votes;

    public void load() {
        getProject();
    }

    public void support() throws IOException {
        submission.support(id);
        done("support.done");
    }

    public void withdraw() throws IOException {
        submission.withdraw(id, withdrawReason);
        done("proposal.withdrawn");
    }

    public void acceptExpertEstimate() throws IOException {
        submission.acceptExpertEstimate(id);
        done("proposal.expertAccepted");
    }

    public void declineExpertEstimate() throws IOException {
        submission.declineExpertEstimate(id);
        done("proposal.expertDeclined");
    }

    /** The first click on an action that cannot be undone only asks for confirmation. */
    public void confirm(String action) {
        confirming = action;
    }

    public void confirmMerge(Long mergeId) {
        confirming = MERGE + mergeId;
    }

    public boolean isConfirmingMerge(Long mergeId) {
        return (MERGE + mergeId).equals(confirming);
    }

    public void cancel() {
        confirming = null;
    }

    public void consentToMerge(Long mergeId) throws IOException {
        submission.consentToMerge(mergeId);
        done("moderation.mergeConsented");
    }

    private void done(String messageKey) throws IOException {
        confirming = null;
        Messages.addFlashGlobalInfo(messageKey);
        Faces.redirect("proposal/project?id=" + id);
    }

    public Project getProject() {
        if (project == null) {
            project = catalogue.project(id);
        }
        return project;
    }

    public BudgetCycle getCycle() {
        if (cycle == null) {
            cycle = cycles.byId(getProject().cycleId()).orElseThrow(NotFoundException::new);
        }
        return cycle;
    }

    public Hromada getHromada() {
        if (hromada == null) {
            hromada = hromadas.byId(getProject().hromadaId()).orElseThrow(NotFoundException::new);
        }
        return hromada;
    }

    private List<Attachment> attachments() {
        if (attachments == null) {
            attachments = catalogue.attachmentsOf(getProject());
        }
        return attachments;
    }

    public boolean isAuthor() {
        return currentResident.get().filter(resident -> getProject().isAuthor(resident.id())).isPresent();
    }

    public boolean isMayViewPrivate() {
        return catalogue.mayViewPrivate(getProject());
    }

    public boolean isCommission() {
        return catalogue.isCommissionOf(getProject());
    }

    public boolean isEditable() {
        return isAuthor() && submission.isEditable(getProject());
    }

    public boolean isSupportable() {
        return getCycle().rules().supportersThreshold() != null && getProject().awaitsReview() && !isAuthor();
    }

    public boolean isWithdrawable() {
        return isAuthor() && submission.isWithdrawable(getProject());
    }

    public boolean isAnsweringExpert() {
        return isAuthor() && getProject().hasPendingExpertEstimate();
    }

    public List<MergeProposal> getOpenMerges() {
        return isAuthor() ? submission.mergesAwaitingMe(id) : List.of();
    }

    public boolean isAnyAction() {
        return isEditable() || isSupportable() || isWithdrawable() || isAnsweringExpert() || !getOpenMerges().isEmpty();
    }

    public long getSupporters() {
        return catalogue.supportersOf(getProject());
    }

    public List<Attachment> getPhotos() {
        return attachments().stream().filter(attachment -> attachment.kind() == AttachmentKind.PHOTO).toList();
    }

    public List<Attachment> getDocuments() {
        return attachments().stream().filter(attachment -> attachment.kind() == AttachmentKind.DOCUMENT).toList();
    }

    /** The project's votes when the public may see them (published results, or live counts while voting runs); else null. */
    public Long getVotes() {
        if (votes == null) {
            votes = results.publicVotes(getProject().cycleId()).map(counts -> counts.get(getProject().id()));
        }
        return votes.orElse(null);
    }

    /** Whether the votes shown are the published result rather than a live count. */
    public boolean isVotesFinal() {
        return results.current(getProject().cycleId()).isPresent();
    }

    public String getCategoryName() {
        return getCycle().categoryName(getProject().categoryId());
    }

    public String getTerritoryName() {
        return getHromada().territoryName(getProject().territoryId());
    }

    public String getConfirming() {
        return confirming;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public void setWithdrawReason(String withdrawReason) {
        this.withdrawReason = withdrawReason;
    }
}
