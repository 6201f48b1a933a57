-- Published results. Each publication of a cycle's tally is a version of its own, never changed afterwards: a
-- correction (paper ballots entered late, a court decision) is a new version with its reason; the highest number is
-- the current one. A version keeps what was counted and how (rule, tie-break, every project's votes and why it won or
-- not), the ballot file's head it was counted from, the voters per channel, who published it and when, and the
-- statistics computed at publishing (pages and the API read these rows; nothing is counted again per request).
-- Projects are named by the tally's id (the proposal id for a platform cycle, the file's id for an imported
-- election) and, for a platform cycle, by their proposal id; no foreign keys across components.
CREATE TABLE result_version (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    cycle_id             BIGINT       NOT NULL,
    hromada_id           BIGINT       NOT NULL,
    number               INT          NOT NULL,
    published_at         DATETIME(6)  NOT NULL,
    published_by_id      BIGINT,
    published_by_name    VARCHAR(200) NOT NULL,
    reason               VARCHAR(2000),
    counting_rule        VARCHAR(40)  NOT NULL,
    tie_break            VARCHAR(40),
    lot_seed             VARCHAR(100),
    min_votes_to_win     INT,
    historic             BOOLEAN      NOT NULL,
    currency             VARCHAR(10)  NOT NULL,
    amount_scale         INT          NOT NULL,
    chain_head           CHAR(64),
    ballots              BIGINT       NOT NULL,
    voters               BIGINT       NOT NULL,
    provider_voters      BIGINT       NOT NULL,
    signature_voters     BIGINT       NOT NULL,
    paper_voters         BIGINT       NOT NULL,
    population           INT,
    statistics_version   INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_result_version_number UNIQUE (cycle_id, number),
    INDEX ix_result_version_hromada (hromada_id, cycle_id, number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE result_category (
    id                          BIGINT       NOT NULL AUTO_INCREMENT,
    version_id                  BIGINT       NOT NULL,
    category_id                 BIGINT       NOT NULL,
    position                    INT          NOT NULL,
    name                        VARCHAR(120) NOT NULL,
    budget                      BIGINT       NOT NULL,
    spent                       BIGINT       NOT NULL,
    ballots                     BIGINT       NOT NULL,
    counted                     BOOLEAN      NOT NULL,
    per_voter_budget            BIGINT,
    voters_for_equal_shares     BIGINT,
    voters_for_greedy           BIGINT,
    greedy_by_comparison        BOOLEAN,
    PRIMARY KEY (id),
    CONSTRAINT fk_result_category_version FOREIGN KEY (version_id) REFERENCES result_version (id),
    CONSTRAINT uq_result_category UNIQUE (version_id, category_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One line per project of a category, in the order the rule considered it.
CREATE TABLE result_line (
    category_row_id BIGINT        NOT NULL,
    line_no         INT           NOT NULL,
    tally_id        VARCHAR(100)  NOT NULL,
    project_id      BIGINT,
    title           VARCHAR(300)  NOT NULL,
    territory_id    BIGINT,
    latitude        DECIMAL(9, 6),
    longitude       DECIMAL(9, 6),
    votes           BIGINT        NOT NULL,
    score           BIGINT        NOT NULL,
    cost            BIGINT        NOT NULL,
    outcome         VARCHAR(40)   NOT NULL,
    rule_position   INT           NOT NULL,
    budget_left     BIGINT        NOT NULL,
    PRIMARY KEY (category_row_id, line_no),
    INDEX ix_result_line_project (project_id),
    CONSTRAINT fk_result_line_category FOREIGN KEY (category_row_id) REFERENCES result_category (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Projects the rule could not tell apart, and what decided their order (tally ids and criteria, comma-separated).
CREATE TABLE result_tie (
    category_row_id BIGINT        NOT NULL,
    tie_no          INT           NOT NULL,
    projects        VARCHAR(2000) NOT NULL,
    decided_by      VARCHAR(200)  NOT NULL,
    PRIMARY KEY (category_row_id, tie_no),
    CONSTRAINT fk_result_tie_category FOREIGN KEY (category_row_id) REFERENCES result_category (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The statistics of a version as counted from the voter register and the projects: one row per group of a measure
-- (voters by age band, by territory, …). Counts are kept exact here; pages and the API show small groups as "<5".
CREATE TABLE result_statistic (
    version_id  BIGINT       NOT NULL,
    row_no      INT          NOT NULL,
    measure     VARCHAR(40)  NOT NULL,
    group_key   VARCHAR(40)  NOT NULL,
    label       VARCHAR(200),
    amount      BIGINT       NOT NULL,
    PRIMARY KEY (version_id, row_no),
    CONSTRAINT fk_result_statistic_version FOREIGN KEY (version_id) REFERENCES result_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
