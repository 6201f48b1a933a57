package ua.uchast.moderation.control;

import java.util.List;

import ua.uchast.moderation.entity.Review;

/** Where the commission's reviews are kept. */
public interface ModerationRecords {

    Review add(Review review);

    List<Review> reviewsOf(Long projectId);
}
