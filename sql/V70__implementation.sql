-- Implementation of the winning projects (DESIGN §8): one record per winner once staff first act on it (a winner
-- without one is planned and nothing more is known), its history, dated progress reports with photos, and the people
-- who follow it by e-mail. Projects are named by their proposal id; no foreign keys across components.
CREATE TABLE implementation_record (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    project_id         BIGINT       NOT NULL,
    hromada_id         BIGINT       NOT NULL,
    cycle_id           BIGINT       NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    status_reason      VARCHAR(2000),
    department         VARCHAR(200),
    executor_id        BIGINT,
    executor_name      VARCHAR(200),
    planned_amount     BIGINT       NOT NULL,
    spent_amount       BIGINT       NOT NULL,
    overspend_reason   VARCHAR(2000),
    planned_completion DATE,
    created_at         DATETIME(6)  NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    version            BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_implementation_project UNIQUE (project_id),
    INDEX ix_implementation_hromada (hromada_id, cycle_id),
    INDEX ix_implementation_executor (executor_id),
    CONSTRAINT ck_implementation_amounts CHECK (planned_amount >= 0 AND spent_amount >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE implementation_report (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    implementation_id BIGINT       NOT NULL,
    reported_on       DATE         NOT NULL,
    text              TEXT         NOT NULL,
    author_id         BIGINT,
    author_name       VARCHAR(200) NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_report_implementation FOREIGN KEY (implementation_id) REFERENCES implementation_record (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What each change was, as the public timeline shows it: the status moved, or the plan as it stood afterwards (the
-- department, amounts and date), or a report posted, or who is responsible now (a staff account: shown to staff only).
CREATE TABLE implementation_event (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    implementation_id  BIGINT        NOT NULL,
    kind               VARCHAR(30)   NOT NULL,
    from_status        VARCHAR(20),
    to_status          VARCHAR(20)   NOT NULL,
    note               VARCHAR(2000),
    department         VARCHAR(200),
    planned_amount     BIGINT,
    spent_amount       BIGINT,
    planned_completion DATE,
    report_id          BIGINT,
    executor_name      VARCHAR(200),
    actor_id           BIGINT,
    actor_name         VARCHAR(200)  NOT NULL,
    occurred_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_event_implementation (implementation_id, occurred_at),
    CONSTRAINT fk_event_implementation FOREIGN KEY (implementation_id) REFERENCES implementation_record (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Photos of a report, re-encoded from their pixels; the bytes apart, read only when the photo is asked for.
CREATE TABLE implementation_photo (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    report_id   BIGINT      NOT NULL,
    project_id  BIGINT      NOT NULL,
    media_type  VARCHAR(60) NOT NULL,
    size_bytes  BIGINT      NOT NULL,
    uploaded_by BIGINT,
    uploaded_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_photo_report (report_id),
    INDEX ix_photo_uploader (uploaded_by, uploaded_at),
    CONSTRAINT fk_photo_report FOREIGN KEY (report_id) REFERENCES implementation_report (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE implementation_photo_content (
    photo_id BIGINT   NOT NULL,
    content  LONGBLOB NOT NULL,
    PRIMARY KEY (photo_id),
    CONSTRAINT fk_photo_content FOREIGN KEY (photo_id) REFERENCES implementation_photo (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who is told of each new report and status change: residents who chose to follow (with the address they gave) and
-- each project's author (added at the first news, from the project's contact address). Unsubscribing keeps the row,
-- so an author who left is not added again.
CREATE TABLE implementation_follower (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    project_id      BIGINT       NOT NULL,
    email           VARCHAR(254) NOT NULL,
    resident_id     BIGINT,
    author          BOOLEAN      NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    unsubscribed_at DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_follower_email UNIQUE (project_id, email),
    INDEX ix_follower_resident (resident_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
