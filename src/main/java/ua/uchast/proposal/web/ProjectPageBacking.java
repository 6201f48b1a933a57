package ua.uchast.proposal.web;

import java.io.IOException;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import ua.uchast.community.boundary.HromadaCatalog;
import ua.uchast.community.entity.Hromada;
import ua.uchast.community.entity.Territory;
import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.entity.BudgetCategory;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.cycle.entity.Phase;
import ua.uchast.identity.boundary.CurrentResident;
import ua.uchast.moderation.boundary.ModerationDesk;
import ua.uchast.moderation.entity.MergeProposal;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.proposal.boundary.ProjectCatalogue;
import ua.uchast.proposal.boundary.ProjectSubmission;
import ua.uchast.proposal.entity.Attachment;
import ua.uchast.proposal.entity.AttachmentKind;
import ua.uchast.proposal.entity.Project;
import ua.uchast.proposal.entity.ProjectStatus;

/**
 * A project's page at its stable URL (/proposal/project?id=): card, photos, map, estimate, status and history. Private
 * contacts and the commission's notes only for those allowed to see them; the author's and supporters' actions.
 */
@Named
@RequestScoped
public class ProjectPageBacking {

    @Inject
    ProjectCatalogue catalogue;

    @Inject
    ProjectSubmission submission;

    @Inject
    ModerationDesk moderation;

    @Inject
    CycleCatalog cycles;

    @Inject
    HromadaCatalog hromadas;

    @Inject
    CurrentResident currentResident;

    private Long id;
    private String withdrawReason;
    private Project project;
    private BudgetCycle cycle;
    private Hromada hromada;
    private List<Attachment> attachments;

    public void load() {
        project = catalogue.project(id);
        cycle = cycles.byId(project.cycleId()).orElseThrow(NotFoundException::new);
        hromada = hromadas.byId(project.hromadaId()).orElseThrow(NotFoundException::new);
        attachments = catalogue.attachmentsOf(project);
    }

    public void support() throws IOException {
        submission.support(id);
        Messages.addFlashGlobalInfo("support.done");
        reload();
    }

    public void withdraw() throws IOException {
        submission.withdraw(id, withdrawReason);
        Messages.addFlashGlobalInfo("proposal.withdrawn");
        reload();
    }

    public void acceptExpertEstimate() throws IOException {
        submission.acceptExpertEstimate(id);
        Messages.addFlashGlobalInfo("proposal.expertAccepted");
        reload();
    }

    public void declineExpertEstimate() throws IOException {
        submission.declineExpertEstimate(id);
        Messages.addFlashGlobalInfo("proposal.expertDeclined");
        reload();
    }

    public void consentToMerge(Long mergeId) throws IOException {
        moderation.consentToMerge(mergeId);
        Messages.addFlashGlobalInfo("moderation.mergeConsented");
        reload();
    }

    private void reload() throws IOException {
        Faces.redirect("proposal/project?id=" + id);
    }

    public boolean isAuthor() {
        return currentResident.get().filter(resident -> project.isAuthor(resident.id())).isPresent();
    }

    public boolean isMayViewPrivate() {
        return catalogue.mayViewPrivate(project);
    }

    public boolean isCommission() {
        return catalogue.isCommissionOf(project);
    }

    public boolean isEditable() {
        return isAuthor() && submission.isEditable(project);
    }

    public boolean isSupportable() {
        return cycle.rules().supportersThreshold() != null && ProjectStatus.AWAITING_REVIEW.contains(project.status()) && !isAuthor();
    }

    public boolean isWithdrawable() {
        return isAuthor() && project.status() != ProjectStatus.DRAFT && !project.status().isFinal()
                && cycles.phaseOf(cycle).compareTo(Phase.VOTING) < 0;
    }

    public List<MergeProposal> getOpenMerges() {
        return isAuthor() ? moderation.openMergesOf(id).stream().filter(merge -> !merge.hasConsentFor(id)).toList() : List.of();
    }

    public long getSupporters() {
        return catalogue.supportersOf(project);
    }

    public List<Attachment> getPhotos() {
        return attachments.stream().filter(attachment -> attachment.kind() == AttachmentKind.PHOTO).toList();
    }

    public List<Attachment> getDocuments() {
        return attachments.stream().filter(attachment -> attachment.kind() == AttachmentKind.DOCUMENT).toList();
    }

    public String getCategoryName() {
        return cycle.categories().stream().filter(category -> category.id().equals(project.categoryId())).map(BudgetCategory::name)
                .findFirst().orElse("");
    }

    public String getTerritoryName() {
        return hromada.territories().stream().filter(territory -> territory.id().equals(project.territoryId())).map(Territory::name)
                .findFirst().orElse("");
    }

    public Project getProject() {
        return project;
    }

    public BudgetCycle getCycle() {
        return cycle;
    }

    public Hromada getHromada() {
        return hromada;
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
