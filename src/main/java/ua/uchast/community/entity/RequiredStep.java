package ua.uchast.community.entity;

/** What a signed-in staff member must do before anything else. */
public enum RequiredStep {
    NONE,
    /** Their password was given to them (a new account, a reset): they choose their own. */
    CHANGE_PASSWORD,
    /** Their role in their hromada (or on the platform) requires a second factor they have not set up yet. */
    SET_UP_SECOND_FACTOR
}
