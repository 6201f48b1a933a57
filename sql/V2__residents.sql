-- Residents signed in through an identity provider, a hromada's voter list and in-person residency confirmations.
-- A person is known only by resident_key = HMAC-SHA-256(server secret, РНОКПП) as 64 hex digits; the plain tax
-- number is never stored. Portable between MySQL 8 and MariaDB 10.6+. Timestamps are UTC, with microseconds.

CREATE TABLE resident (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    resident_key    CHAR(64)     NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    birth_date      DATE         NOT NULL,
    address         VARCHAR(500),
    created_at      DATETIME(6)  NOT NULL,
    last_sign_in_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_resident_key UNIQUE (resident_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Replaced as a whole each time the hromada's administrator uploads a list.
CREATE TABLE voter_list_entry (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    hromada_id   BIGINT      NOT NULL,
    resident_key CHAR(64)    NOT NULL,
    uploaded_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_voter_list_entry UNIQUE (hromada_id, resident_key),
    CONSTRAINT fk_voter_list_hromada FOREIGN KEY (hromada_id) REFERENCES hromada (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE residency_confirmation (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    hromada_id   BIGINT      NOT NULL,
    resident_key CHAR(64)    NOT NULL,
    confirmed_by BIGINT      NOT NULL,
    confirmed_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_residency_confirmation UNIQUE (hromada_id, resident_key),
    CONSTRAINT fk_residency_hromada FOREIGN KEY (hromada_id) REFERENCES hromada (id),
    CONSTRAINT fk_residency_staff FOREIGN KEY (confirmed_by) REFERENCES staff_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
