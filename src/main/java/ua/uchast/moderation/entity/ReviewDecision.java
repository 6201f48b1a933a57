package ua.uchast.moderation.entity;

/** What a commission member decides after checking a project. */
public enum ReviewDecision {
    ACCEPT, REQUEST_REVISION, REJECT
}
