package ua.uchast.community.entity;

/** What a hromada's staff account may do. The names are the Jakarta Security group names. */
public enum StaffRole {
    /** Configures cycles, staff accounts and publishes results. */
    ADMINISTRATOR,
    /** Reviews projects. */
    COMMISSION,
    /** Enters paper ballots at a service centre (ЦНАП). */
    OPERATOR
}
