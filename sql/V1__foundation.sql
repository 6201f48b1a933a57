-- Hromadas, their territories and staff; budget cycles with categories; the append-only audit log.
-- Portable between MySQL 8 and MariaDB 10.6+. Timestamps are UTC, with microseconds.

CREATE TABLE hromada (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    slug       VARCHAR(60)  NOT NULL,
    name_uk    VARCHAR(200) NOT NULL,
    name_en    VARCHAR(200) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_hromada_slug UNIQUE (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE territory (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    hromada_id BIGINT       NOT NULL,
    name       VARCHAR(200) NOT NULL,
    kind       VARCHAR(30)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_territory_name UNIQUE (hromada_id, name),
    CONSTRAINT fk_territory_hromada FOREIGN KEY (hromada_id) REFERENCES hromada (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE staff_account (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    hromada_id    BIGINT       NOT NULL,
    username      VARCHAR(60)  NOT NULL,
    full_name     VARCHAR(200) NOT NULL,
    email         VARCHAR(254),
    role          VARCHAR(20)  NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    active        BOOLEAN      NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_staff_username UNIQUE (username),
    CONSTRAINT fk_staff_hromada FOREIGN KEY (hromada_id) REFERENCES hromada (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE budget_cycle (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    hromada_id           BIGINT       NOT NULL,
    title                VARCHAR(200) NOT NULL,
    budget_year          INT          NOT NULL,
    total_budget         BIGINT       NOT NULL,
    submission_start     DATE         NOT NULL,
    submission_end       DATE         NOT NULL,
    review_end           DATE         NOT NULL,
    voting_start         DATE         NOT NULL,
    voting_end           DATE         NOT NULL,
    results_date         DATE         NOT NULL,
    implementation_start DATE         NOT NULL,
    min_voter_age        INT          NOT NULL,
    residency_policy     VARCHAR(30)  NOT NULL,
    supporters_threshold INT,
    min_votes_to_win     INT,
    tally_rule           VARCHAR(40)  NOT NULL,
    tie_break            VARCHAR(40)  NOT NULL,
    created_at           DATETIME(6)  NOT NULL,
    version              BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_cycle_year UNIQUE (hromada_id, budget_year),
    CONSTRAINT fk_cycle_hromada FOREIGN KEY (hromada_id) REFERENCES hromada (id),
    CONSTRAINT ck_cycle_budget CHECK (total_budget > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE budget_category (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    cycle_id    BIGINT       NOT NULL,
    name        VARCHAR(120) NOT NULL,
    budget      BIGINT       NOT NULL,
    min_cost    BIGINT       NOT NULL,
    max_cost    BIGINT       NOT NULL,
    max_choices INT          NOT NULL,
    position    INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_category_cycle FOREIGN KEY (cycle_id) REFERENCES budget_cycle (id),
    CONSTRAINT ck_category_costs CHECK (min_cost >= 0 AND min_cost <= max_cost AND max_cost <= budget)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only: the application only inserts and reads. In production grant the application user
-- INSERT and SELECT (no UPDATE, DELETE) on this table.
CREATE TABLE audit_entry (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    hromada_id     BIGINT       NOT NULL,
    actor_id       BIGINT,
    actor_username VARCHAR(60)  NOT NULL,
    action         VARCHAR(60)  NOT NULL,
    subject_type   VARCHAR(40)  NOT NULL,
    subject_id     BIGINT,
    before_state   TEXT,
    after_state    TEXT,
    occurred_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_audit_hromada_time (hromada_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
