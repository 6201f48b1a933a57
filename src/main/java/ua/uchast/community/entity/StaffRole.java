package ua.uchast.community.entity;

import java.util.Arrays;
import java.util.List;

/** What a staff account may do. The names are the Jakarta Security group names. */
public enum StaffRole {
    /** Configures cycles, staff accounts and publishes results. */
    ADMINISTRATOR,
    /** Reviews projects. */
    COMMISSION,
    /** Enters paper ballots at a service centre (ЦНАП). */
    OPERATOR,
    /**
     * A department's contact who keeps the implementation of the winning projects assigned to them up to date (status,
     * money, reports); nothing else.
     */
    EXECUTOR,
    /**
     * Runs the deployment: opens hromadas with their first administrator, suspends and resumes them. Belongs to no
     * hromada and sees none of a hromada's residents, projects or ballots.
     */
    PLATFORM_OPERATOR;

    /** The roles a hromada's own staff may have, as an administrator assigns them. */
    public static List<StaffRole> ofHromadas() {
        return Arrays.stream(values()).filter(role -> role != PLATFORM_OPERATOR).toList();
    }
}
