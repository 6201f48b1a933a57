package ua.uchast.proposal.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import ua.uchast.community.boundary.HromadaCatalog;
import ua.uchast.community.entity.Territory;
import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.entity.BudgetCategory;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.identity.boundary.CurrentResident;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.platform.entity.Money;
import ua.uchast.proposal.boundary.ProjectCatalogue;
import ua.uchast.proposal.boundary.ProjectSubmission;
import ua.uchast.proposal.entity.Attachment;
import ua.uchast.proposal.entity.AttachmentKind;
import ua.uchast.proposal.entity.CoAuthorForm;
import ua.uchast.proposal.entity.EstimateLineForm;
import ua.uchast.proposal.entity.Project;
import ua.uchast.proposal.entity.ProjectForm;
import ua.uchast.proposal.entity.ProjectStatus;
import ua.uchast.platform.web.Uploads;

/**
 * The stepped project form: a new draft in a cycle ({@code ?cycle=}) or the resident's own project ({@code ?id=}).
 * Every button posts the whole form; saving, uploading and submitting redirect back (PRG) with a message.
 */
@Named
@ViewScoped
public class ProjectEditBacking implements Serializable {

    @Inject
    ProjectSubmission submission;

    @Inject
    ProjectCatalogue catalogue;

    @Inject
    CycleCatalog cycles;

    @Inject
    HromadaCatalog hromadas;

    @Inject
    CurrentResident currentResident;

    private Long id;
    private Long cycleId;
    private ProjectForm form;
    private ProjectStatus status;
    private String statusReason;
    private String closedReason;
    private transient BudgetCycle cycle;
    private transient List<Attachment> attachments;
    private transient Part photo;
    private transient Part document;

    public void load() throws IOException {
        if (form != null || currentResident.get().isEmpty()) {
            return;
        }
        if (id != null) {
            Project project = submission.ownProject(id);
            form = project.toForm();
            cycleId = project.cycleId();
            status = project.status();
            statusReason = project.statusReason();
            closedReason = submission.obstacleToEditing(project).orElse(null);
        } else {
            form = new ProjectForm();
            form.getEstimate().add(new EstimateLineForm());
            closedReason = submission.obstacleToNewDraft(getCycle().id()).orElse(null);
        }
    }

    public void addLine() {
        form.getEstimate().add(new EstimateLineForm());
    }

    public void removeLine(int index) {
        form.getEstimate().remove(index);
    }

    public void addCoAuthor() {
        form.getCoAuthors().add(new CoAuthorForm());
    }

    public void removeCoAuthor(int index) {
        form.getCoAuthors().remove(index);
    }

    public void saveDraft() throws IOException {
        Project saved = id == null ? submission.startDraft(cycleId, form) : submission.saveDraft(id, form);
        Messages.addFlashGlobalInfo("proposal.draftSaved", saved.title());
        redirectTo(saved);
    }

    public void submit() throws IOException {
        Project submitted = id == null ? submission.submitNew(cycleId, form) : submission.submit(id, form);
        Messages.addFlashGlobalInfo(submitted.status() == ProjectStatus.RESUBMITTED ? "proposal.resubmitted" : "proposal.submitted",
                submitted.title());
        Faces.redirect("proposal/project?id=" + submitted.id());
    }

    public void uploadPhoto() throws IOException {
        upload(AttachmentKind.PHOTO, photo);
    }

    public void uploadDocument() throws IOException {
        upload(AttachmentKind.DOCUMENT, document);
    }

    private void upload(AttachmentKind kind, Part part) throws IOException {
        Project saved = id == null ? submission.startDraft(cycleId, form) : submission.saveDraft(id, form);
        id = saved.id();
        Optional<byte[]> content = Uploads.read(part, kind.maxBytes());
        if (content.isEmpty()) {
            Messages.addFlashGlobalInfo("proposal.draftSaved", saved.title());
        } else {
            submission.upload(id, kind, part.getSubmittedFileName(), content.get());
            Messages.addFlashGlobalInfo("upload.done", part.getSubmittedFileName());
        }
        redirectTo(saved);
    }

    public void removeAttachment(Long attachmentId) throws IOException {
        submission.removeAttachment(id, attachmentId);
        Messages.addFlashGlobalInfo("upload.removed");
        Faces.redirect("proposal/edit?id=" + id);
    }

    private void redirectTo(Project project) throws IOException {
        Faces.redirect("proposal/edit?id=" + project.id());
    }

    public BudgetCycle getCycle() {
        if (cycle == null) {
            cycle = cycles.byId(cycleId).orElseThrow(NotFoundException::new);
        }
        return cycle;
    }

    public List<BudgetCategory> getCategories() {
        return getCycle().categories();
    }

    public List<Territory> getTerritories() {
        return hromadas.byId(getCycle().hromadaId()).orElseThrow(NotFoundException::new).territories();
    }

    public List<Attachment> getAttachments() {
        if (attachments == null) {
            attachments = id == null ? List.of() : catalogue.attachmentsOf(submission.ownProject(id));
        }
        return attachments;
    }

    /** The total of the lines typed so far; the project computes its own when saved. */
    public Money getEstimateTotal() {
        return Money.ofHryvnias(form.estimateTotal());
    }

    public String getPhotoTypes() {
        return AttachmentKind.PHOTO.accept();
    }

    public String getDocumentTypes() {
        return AttachmentKind.DOCUMENT.accept();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getCycleId() {
        return cycleId;
    }

    public void setCycleId(Long cycleId) {
        this.cycleId = cycleId;
    }

    public ProjectForm getForm() {
        return form;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public boolean isEditable() {
        return closedReason == null;
    }

    /** Why the form is closed (a bundle key), or null while it is open. */
    public String getClosedReason() {
        return closedReason;
    }

    public Part getPhoto() {
        return photo;
    }

    public void setPhoto(Part photo) {
        this.photo = photo;
    }

    public Part getDocument() {
        return document;
    }

    public void setDocument(Part document) {
        this.document = document;
    }
}
