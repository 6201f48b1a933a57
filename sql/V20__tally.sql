-- Ballots to tally, per cycle category: for now elections imported from pabulib .pb files; the voting issue adds
-- ballots cast on the platform. Anonymised by construction: no voter id and no personal column (age, sex, ...) is
-- stored, only what each ballot chose. Keyed by the category, so nothing here needs generated ids and ballots are
-- written in large multi-row inserts.
-- Portable between MySQL 8 and MariaDB 10.6+. Timestamps are UTC, with microseconds.

CREATE TABLE tally_election (
    category_id BIGINT      NOT NULL,
    vote_type   VARCHAR(20) NOT NULL,
    -- the .pb META section as imported, one "key;value" line per entry (rules and budget come from the cycle)
    meta        TEXT        NOT NULL,
    imported_at DATETIME(6) NOT NULL,
    PRIMARY KEY (category_id),
    CONSTRAINT fk_tally_election_category FOREIGN KEY (category_id) REFERENCES budget_category (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The projects on the ballot, in submission (file) order; external_id is the id ballots name them by.
CREATE TABLE tally_project (
    category_id BIGINT       NOT NULL,
    position    INT          NOT NULL,
    external_id VARCHAR(100) NOT NULL,
    name        TEXT         NOT NULL,
    cost        BIGINT       NOT NULL,
    PRIMARY KEY (category_id, position),
    CONSTRAINT uq_tally_project_external_id UNIQUE (category_id, external_id),
    CONSTRAINT fk_tally_project_election FOREIGN KEY (category_id) REFERENCES tally_election (category_id),
    CONSTRAINT ck_tally_project_cost CHECK (cost >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per distinct ballot: "choices" lists the chosen projects' positions ("3,0,17", best first for ordinal
-- ballots), "points" what each got (NULL for approval and choose-1), "voters" how many cast exactly this ballot.
CREATE TABLE tally_ballot (
    category_id BIGINT NOT NULL,
    position    INT    NOT NULL,
    choices     TEXT   NOT NULL,
    points      TEXT,
    voters      BIGINT NOT NULL,
    PRIMARY KEY (category_id, position),
    CONSTRAINT fk_tally_ballot_election FOREIGN KEY (category_id) REFERENCES tally_election (category_id),
    CONSTRAINT ck_tally_ballot_voters CHECK (voters > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
