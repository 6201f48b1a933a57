-- Voting. Who voted (voter_register) and what was chosen (ballot_box) are kept apart and never joined: the register
-- knows the person (by the keyed hash of their tax number), the channel and when; the box holds a random ballot id
-- and the choices, with nothing that orders ballots by casting. One person, one ballot per cycle: the unique key of
-- the register decides, whatever the channel and however many instances write at once.

-- Each accepted project's short number in its category, fixed when voting opens; printed on the paper form.
CREATE TABLE ballot_entry (
    project_id  BIGINT NOT NULL,
    cycle_id    BIGINT NOT NULL,
    category_id BIGINT NOT NULL,
    number      INT    NOT NULL,
    PRIMARY KEY (project_id),
    CONSTRAINT uq_ballot_entry_number UNIQUE (cycle_id, category_id, number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE voter_register (
    id                BIGINT      NOT NULL AUTO_INCREMENT,
    cycle_id          BIGINT      NOT NULL,
    person_key        CHAR(64)    NOT NULL,
    channel           VARCHAR(12) NOT NULL,
    cast_at           DATETIME(6) NOT NULL,
    cast_on           DATE        NOT NULL,
    age_band          VARCHAR(16) NOT NULL,
    gender            VARCHAR(6),
    territory_id      BIGINT,
    evidence_id       BIGINT,
    operator_id       BIGINT,
    paper_received_on DATE,
    PRIMARY KEY (id),
    CONSTRAINT uq_voter_register_person UNIQUE (cycle_id, person_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ballot_box (
    ballot_id    CHAR(32)     NOT NULL,
    cycle_id     BIGINT       NOT NULL,
    channel      VARCHAR(12)  NOT NULL,
    choices      VARCHAR(4000) NOT NULL,
    receipt_hash CHAR(64)     NOT NULL,
    PRIMARY KEY (ballot_id),
    CONSTRAINT uq_ballot_box_receipt UNIQUE (receipt_hash),
    INDEX ix_ballot_box_cycle (cycle_id, ballot_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Ballot documents issued for signing with a qualified e-signature; a nonce is used once.
CREATE TABLE ballot_nonce (
    nonce      CHAR(32)    NOT NULL,
    cycle_id   BIGINT      NOT NULL,
    document   BLOB        NOT NULL,
    issued_at  DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6),
    PRIMARY KEY (nonce)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The signed ballots themselves, as evidence for a dispute: they name the signer and the choice, so no page shows
-- them and they leave the database only through an administrator's audited export.
CREATE TABLE signature_evidence (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    cycle_id    BIGINT      NOT NULL,
    signature   MEDIUMBLOB  NOT NULL,
    document    BLOB        NOT NULL,
    received_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_signature_evidence_cycle (cycle_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Why signed ballots were refused, so administrators see where voters fail; nothing personal.
CREATE TABLE signed_ballot_refusal (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    cycle_id    BIGINT      NOT NULL,
    reason_code VARCHAR(60) NOT NULL,
    refused_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_signed_ballot_refusal_cycle (cycle_id, reason_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The ballot file of a cycle, built once voting has closed (again if paper ballots arrive during counting).
CREATE TABLE ballot_file (
    cycle_id     BIGINT      NOT NULL,
    ballot_count BIGINT      NOT NULL,
    head         CHAR(64)    NOT NULL,
    built_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (cycle_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ballot_file_line (
    cycle_id  BIGINT   NOT NULL,
    line_no   BIGINT   NOT NULL,
    ballot_id CHAR(32) NOT NULL,
    hash      CHAR(64) NOT NULL,
    PRIMARY KEY (cycle_id, line_no),
    CONSTRAINT uq_ballot_file_line_ballot UNIQUE (ballot_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
