package ua.uchast.moderation.control;

import java.util.List;
import java.util.Optional;

import ua.uchast.moderation.entity.MergeProposal;
import ua.uchast.moderation.entity.Review;

/** Where reviews and merge proposals are kept. */
public interface ModerationRecords {

    Review add(Review review);

    List<Review> reviewsOf(Long projectId);

    MergeProposal add(MergeProposal merge);

    Optional<MergeProposal> merge(Long mergeId);

    List<MergeProposal> openMergesOf(Long projectId);
}
