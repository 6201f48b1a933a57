-- Groups of mutually exclusive projects of a platform cycle (same site, same purpose): of each group at most one
-- project wins, the first the counting rule funds. Declared by the hromada's administrator until voting opens.
-- Members are the proposal component's project ids (no foreign key across components; the tally boundary checks
-- each is an accepted project of the cycle when the group is declared).
CREATE TABLE tally_exclusive_group (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    cycle_id    BIGINT       NOT NULL,
    reason      VARCHAR(300) NOT NULL,
    declared_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_tally_exclusive_group_cycle FOREIGN KEY (cycle_id) REFERENCES budget_cycle (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tally_exclusive_member (
    group_id   BIGINT NOT NULL,
    project_id BIGINT NOT NULL,
    PRIMARY KEY (group_id, project_id),
    CONSTRAINT fk_tally_exclusive_member_group FOREIGN KEY (group_id) REFERENCES tally_exclusive_group (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
