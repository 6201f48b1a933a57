-- Projects residents propose, their estimates, files, supporters and status history; commission reviews and merges.
-- Portable between MySQL 8 and MariaDB 10.6+. Timestamps are UTC, with microseconds. Money in whole hryvnias.

CREATE TABLE project (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    cycle_id            BIGINT        NOT NULL,
    hromada_id          BIGINT        NOT NULL,
    author_id           BIGINT        NOT NULL,
    author_name         VARCHAR(200)  NOT NULL,
    status              VARCHAR(30)   NOT NULL,
    title               VARCHAR(200)  NOT NULL,
    category_id         BIGINT,
    territory_id        BIGINT,
    summary             VARCHAR(1000),
    problem             TEXT,
    solution            TEXT,
    beneficiaries       TEXT,
    address             VARCHAR(300),
    latitude            DECIMAL(9, 6),
    longitude           DECIMAL(9, 6),
    total_cost          BIGINT        NOT NULL,
    contact_email       VARCHAR(254),
    contact_phone       VARCHAR(30),
    status_reason       VARCHAR(2000),
    expert_conclusion   VARCHAR(2000),
    merged_into_id      BIGINT,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    submitted_at        DATETIME(6),
    status_changed_at   DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL,
    PRIMARY KEY (id),
    KEY ix_project_catalogue (cycle_id, status, submitted_at),
    KEY ix_project_cost (cycle_id, total_cost),
    KEY ix_project_author (author_id),
    CONSTRAINT fk_project_cycle FOREIGN KEY (cycle_id) REFERENCES budget_cycle (id),
    CONSTRAINT fk_project_hromada FOREIGN KEY (hromada_id) REFERENCES hromada (id),
    CONSTRAINT fk_project_category FOREIGN KEY (category_id) REFERENCES budget_category (id),
    CONSTRAINT fk_project_territory FOREIGN KEY (territory_id) REFERENCES territory (id),
    CONSTRAINT fk_project_merged_into FOREIGN KEY (merged_into_id) REFERENCES project (id),
    CONSTRAINT ck_project_cost CHECK (total_cost >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The estimate (кошторис) and, while an expert conclusion waits for the author, the estimate the expert proposes.
CREATE TABLE project_estimate_line (
    project_id BIGINT       NOT NULL,
    position   INT          NOT NULL,
    item       VARCHAR(200),
    quantity   BIGINT,
    unit       VARCHAR(30),
    unit_price BIGINT,
    PRIMARY KEY (project_id, position),
    CONSTRAINT fk_estimate_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT ck_estimate_positive CHECK (quantity > 0 AND unit_price >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE project_expert_estimate_line (
    project_id BIGINT       NOT NULL,
    position   INT          NOT NULL,
    item       VARCHAR(200),
    quantity   BIGINT,
    unit       VARCHAR(30),
    unit_price BIGINT,
    PRIMARY KEY (project_id, position),
    CONSTRAINT fk_expert_estimate_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT ck_expert_estimate_positive CHECK (quantity > 0 AND unit_price >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Private: shown only to the author and the hromada's commission.
CREATE TABLE project_coauthor (
    project_id BIGINT       NOT NULL,
    position   INT          NOT NULL,
    name       VARCHAR(200) NOT NULL,
    contact    VARCHAR(200),
    PRIMARY KEY (project_id, position),
    CONSTRAINT fk_coauthor_project FOREIGN KEY (project_id) REFERENCES project (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Files live in the database: one transaction with the project (nothing half-saved), the same data on every
-- clustered instance, one backup. Metadata and content are apart so that listings never read the bytes.
CREATE TABLE project_attachment (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    project_id  BIGINT       NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    file_name   VARCHAR(200) NOT NULL,
    media_type  VARCHAR(60)  NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    uploaded_by BIGINT       NOT NULL,
    uploaded_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_attachment_project (project_id),
    KEY ix_attachment_uploader (uploaded_by, uploaded_at),
    CONSTRAINT fk_attachment_project FOREIGN KEY (project_id) REFERENCES project (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE project_attachment_content (
    attachment_id BIGINT   NOT NULL,
    content       LONGBLOB NOT NULL,
    PRIMARY KEY (attachment_id),
    CONSTRAINT fk_attachment_content FOREIGN KEY (attachment_id) REFERENCES project_attachment (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One support per resident and project, guaranteed here rather than by an application check.
CREATE TABLE project_support (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    project_id   BIGINT      NOT NULL,
    resident_id  BIGINT      NOT NULL,
    supported_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_support_once UNIQUE (project_id, resident_id),
    CONSTRAINT fk_support_project FOREIGN KEY (project_id) REFERENCES project (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every status change and every other decision about a project: who, when, from, to, why.
-- public_reason is shown to everyone; internal_note only to the hromada's commission.
CREATE TABLE project_transition (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    project_id    BIGINT        NOT NULL,
    event         VARCHAR(40)   NOT NULL,
    from_status   VARCHAR(30),
    to_status     VARCHAR(30)   NOT NULL,
    actor_kind    VARCHAR(20)   NOT NULL,
    actor_id      BIGINT,
    actor_name    VARCHAR(200)  NOT NULL,
    public_reason VARCHAR(2000),
    internal_note VARCHAR(2000),
    occurred_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_transition_project (project_id, occurred_at),
    CONSTRAINT fk_transition_project FOREIGN KEY (project_id) REFERENCES project (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE project_review (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    project_id        BIGINT        NOT NULL,
    reviewer_id       BIGINT        NOT NULL,
    reviewer_name     VARCHAR(200)  NOT NULL,
    complete          BOOLEAN       NOT NULL,
    legal             BOOLEAN       NOT NULL,
    within_powers     BOOLEAN       NOT NULL,
    on_public_land    BOOLEAN       NOT NULL,
    cost_realistic    BOOLEAN       NOT NULL,
    decision          VARCHAR(30)   NOT NULL,
    comment_to_author VARCHAR(2000),
    internal_note     VARCHAR(2000),
    reviewed_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_review_project (project_id),
    CONSTRAINT fk_review_project FOREIGN KEY (project_id) REFERENCES project (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The commission proposes to merge one project into another; it happens once both authors consent.
CREATE TABLE project_merge (
    id                BIGINT      NOT NULL AUTO_INCREMENT,
    kept_id           BIGINT      NOT NULL,
    absorbed_id       BIGINT      NOT NULL,
    proposed_by       BIGINT      NOT NULL,
    proposed_at       DATETIME(6) NOT NULL,
    kept_consent      BOOLEAN     NOT NULL,
    absorbed_consent  BOOLEAN     NOT NULL,
    completed_at      DATETIME(6),
    version           BIGINT      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_merge_pair UNIQUE (kept_id, absorbed_id),
    CONSTRAINT fk_merge_kept FOREIGN KEY (kept_id) REFERENCES project (id),
    CONSTRAINT fk_merge_absorbed FOREIGN KEY (absorbed_id) REFERENCES project (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
