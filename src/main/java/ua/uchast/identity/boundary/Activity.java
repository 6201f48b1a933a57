package ua.uchast.identity.boundary;

/** What a resident wants to do in a cycle; eligibility may differ (e.g. the minimum age applies to voting). */
public enum Activity {
    SUBMIT, SUPPORT, VOTE
}
