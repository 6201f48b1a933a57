package ua.uchast.moderation.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import ua.uchast.community.boundary.HromadaCatalog;
import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.moderation.boundary.ModerationDesk;
import ua.uchast.moderation.entity.Review;
import ua.uchast.moderation.entity.ReviewDecision;
import ua.uchast.moderation.entity.ReviewForm;
import ua.uchast.proposal.boundary.ProjectCatalogue;
import ua.uchast.proposal.boundary.ProjectReviewing;
import ua.uchast.proposal.entity.Attachment;
import ua.uchast.proposal.entity.AttachmentKind;
import ua.uchast.proposal.entity.EstimateLineForm;
import ua.uchast.proposal.entity.Project;

/** One project under review: take it into review, fill in the checklist and decide, or propose an expert estimate or a merge. */
@Named
@ViewScoped
public class ReviewBacking implements Serializable {

    @Inject
    ModerationDesk desk;

    @Inject
    ProjectReviewing reviewing;

    @Inject
    ProjectCatalogue catalogue;

    @Inject
    CycleCatalog cycles;

    @Inject
    HromadaCatalog hromadas;

    private Long id;
    private ReviewForm review = new ReviewForm();
    private String conclusion;
    private List<EstimateLineForm> expertLines;
    private Long mergeWithId;
    private transient Project project;
    private transient List<Review> reviews;
    private transient List<Attachment> attachments;

    public void load() {
        if (expertLines == null) {
            expertLines = new ArrayList<>(getProject().toForm().getEstimate());
        }
    }

    public void startReview() throws IOException {
        reviewing.startReview(id);
        Messages.addFlashGlobalInfo("moderation.reviewStarted");
        reload();
    }

    public void decide() throws IOException {
        Review recorded = desk.decide(id, review);
        Messages.addFlashGlobalInfo("moderation.decided." + recorded.decision().name());
        reload();
    }

    public void addExpertLine() {
        expertLines.add(new EstimateLineForm());
    }

    public void proposeExpertEstimate() throws IOException {
        reviewing.proposeExpertEstimate(id, conclusion, expertLines);
        Messages.addFlashGlobalInfo("moderation.expertProposed");
        reload();
    }

    public void proposeMerge() throws IOException {
        reviewing.proposeMerge(id, mergeWithId);
        Messages.addFlashGlobalInfo("moderation.mergeProposed");
        reload();
    }

    private void reload() throws IOException {
        Faces.redirect("moderation/review?id=" + id);
    }

    public Project getProject() {
        if (project == null) {
            project = reviewing.projectForReview(id);
        }
        return project;
    }

    public List<Review> getReviews() {
        if (reviews == null) {
            reviews = desk.reviewsOf(id);
        }
        return reviews;
    }

    public List<Attachment> getPhotos() {
        return attachments(AttachmentKind.PHOTO);
    }

    public List<Attachment> getDocuments() {
        return attachments(AttachmentKind.DOCUMENT);
    }

    private List<Attachment> attachments(AttachmentKind kind) {
        if (attachments == null) {
            attachments = catalogue.attachmentsOf(getProject());
        }
        return attachments.stream().filter(attachment -> attachment.kind() == kind).toList();
    }

    public String getCategoryName() {
        return cycles.byId(getProject().cycleId()).map(cycle -> cycle.categoryName(getProject().categoryId())).orElse("");
    }

    public String getTerritoryName() {
        return hromadas.byId(getProject().hromadaId()).map(hromada -> hromada.territoryName(getProject().territoryId())).orElse("");
    }

    public ReviewDecision[] getDecisions() {
        return ReviewDecision.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ReviewForm getReview() {
        return review;
    }

    public String getConclusion() {
        return conclusion;
    }

    public void setConclusion(String conclusion) {
        this.conclusion = conclusion;
    }

    public List<EstimateLineForm> getExpertLines() {
        return expertLines;
    }

    public Long getMergeWithId() {
        return mergeWithId;
    }

    public void setMergeWithId(Long mergeWithId) {
        this.mergeWithId = mergeWithId;
    }
}
