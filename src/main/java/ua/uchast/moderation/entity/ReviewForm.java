package ua.uchast.moderation.entity;

import java.io.Serializable;

/** The review as a commission member fills it in: the checklist, a comment to the author, a private note, a decision. */
public class ReviewForm implements Serializable {

    private boolean complete;
    private boolean legal;
    private boolean withinPowers;
    private boolean onPublicLand;
    private boolean costRealistic;
    private ReviewDecision decision;
    private String commentToAuthor;
    private String internalNote;

    public boolean isComplete() {
        return complete;
    }

    public void setComplete(boolean complete) {
        this.complete = complete;
    }

    public boolean isLegal() {
        return legal;
    }

    public void setLegal(boolean legal) {
        this.legal = legal;
    }

    public boolean isWithinPowers() {
        return withinPowers;
    }

    public void setWithinPowers(boolean withinPowers) {
        this.withinPowers = withinPowers;
    }

    public boolean isOnPublicLand() {
        return onPublicLand;
    }

    public void setOnPublicLand(boolean onPublicLand) {
        this.onPublicLand = onPublicLand;
    }

    public boolean isCostRealistic() {
        return costRealistic;
    }

    public void setCostRealistic(boolean costRealistic) {
        this.costRealistic = costRealistic;
    }

    public ReviewDecision getDecision() {
        return decision;
    }

    public void setDecision(ReviewDecision decision) {
        this.decision = decision;
    }

    public String getCommentToAuthor() {
        return commentToAuthor;
    }

    public void setCommentToAuthor(String commentToAuthor) {
        this.commentToAuthor = commentToAuthor;
    }

    public String getInternalNote() {
        return internalNote;
    }

    public void setInternalNote(String internalNote) {
        this.internalNote = internalNote;
    }

    public boolean allChecksPassed() {
        return complete && legal && withinPowers && onPublicLand && costRealistic;
    }
}
