-- Staff accounts and sign-in (issues 11, 12): usernames compared byte for byte (a look-alike such as 'vyshnevá.admin'
-- is another name, never the same account); platform operators' accounts belong to no hromada; one-time passwords,
-- session versions, a second factor (TOTP) with recovery codes; the login throttle's counts shared by every instance.
-- Portable between MySQL 8 and MariaDB 10.6+. Timestamps are UTC, with microseconds.

ALTER TABLE staff_account
    MODIFY username VARCHAR(60) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    MODIFY hromada_id BIGINT NULL,
    ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN session_version BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN totp_secret VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
    ADD COLUMN totp_last_step BIGINT NULL,
    ADD CONSTRAINT ck_staff_hromada CHECK ((role = 'PLATFORM_OPERATOR') = (hromada_id IS NULL));

CREATE TABLE staff_recovery_code (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    account_id BIGINT      NOT NULL,
    code_hash  CHAR(64)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    used_at    DATETIME(6),
    PRIMARY KEY (id),
    KEY ix_recovery_code_account (account_id, code_hash),
    CONSTRAINT fk_recovery_code_account FOREIGN KEY (account_id) REFERENCES staff_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 'user:<name>' and 'addr:<address>' keys; a row is updated under its own lock, so simultaneous attempts on any
-- instance are counted one after another.
CREATE TABLE login_throttle (
    throttle_key    VARCHAR(190) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    failures        INT          NOT NULL,
    last_failure_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (throttle_key),
    KEY ix_login_throttle_last (last_failure_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
