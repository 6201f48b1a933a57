-- A hromada's profile (issue 11): suspension by the platform operator, description, contacts, population of voting
-- age, regulation (положення), the second-factor rule for its administrators, and its logo in a table of its own.
-- Portable between MySQL 8 and MariaDB 10.6+. Timestamps are UTC, with microseconds.

ALTER TABLE hromada
    ADD COLUMN suspended_at DATETIME(6) NULL,
    ADD COLUMN description VARCHAR(500) NULL,
    ADD COLUMN contact_address VARCHAR(300) NULL,
    ADD COLUMN contact_phone VARCHAR(40) NULL,
    ADD COLUMN contact_email VARCHAR(254) NULL,
    ADD COLUMN website VARCHAR(300) NULL,
    ADD COLUMN voting_age_population INT NULL,
    ADD COLUMN regulation MEDIUMTEXT NULL,
    ADD COLUMN admins_need_second_factor BOOLEAN NOT NULL DEFAULT FALSE,
    ADD CONSTRAINT ck_hromada_population CHECK (voting_age_population IS NULL OR voting_age_population > 0);

CREATE TABLE hromada_logo (
    hromada_id BIGINT      NOT NULL,
    media_type VARCHAR(40) NOT NULL,
    content    MEDIUMBLOB  NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    PRIMARY KEY (hromada_id),
    CONSTRAINT fk_logo_hromada FOREIGN KEY (hromada_id) REFERENCES hromada (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
