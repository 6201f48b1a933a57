package ua.uchast.results.web;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import ua.uchast.platform.web.Ids;
import ua.uchast.results.boundary.ResultsPublishing;
import ua.uchast.results.entity.PublishedResult;

/**
 * Publishing a cycle's results from its tally page, right after the administrator ran the tally: the ballot file's
 * head they saw goes along, so ballots that arrived meanwhile make them look again rather than publish unseen numbers.
 */
@Named
@RequestScoped
public class PublishingBacking {

    @Inject
    ResultsPublishing publishing;

    private String cycleId;
    private String seenHead;
    private String reason;

    public void publish() throws IOException {
        PublishedResult published = publishing.publish(Ids.parse(cycleId), seenHead, reason);
        Messages.addFlashGlobalInfo(published.number() == 1 ? "results.published" : "results.corrected", published.number());
        Faces.redirect("results/view?cycle=" + published.cycleId());
    }

    /** Whether the cycle has a published result, so that this publication is a correction that needs a reason. */
    public boolean isCorrection() {
        return publishing.isPublished(Ids.parse(cycleId));
    }

    public String getCycleId() {
        return cycleId;
    }

    public void setCycleId(String cycleId) {
        this.cycleId = cycleId;
    }

    /** The head shown with the tally just run; on the form's way back, the one the administrator saw. */
    public String getSeenHead() {
        if (seenHead == null && cycleId != null) {
            seenHead = publishing.ballotFileHead(Ids.parse(cycleId)).orElse("");
        }
        return seenHead;
    }

    public void setSeenHead(String seenHead) {
        this.seenHead = seenHead;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
