-- E-mails waiting to be sent. A message is written in the transaction of what it tells about (a decision rolled back
-- leaves none) and sent afterwards by whichever instance claims it first, with retries.
CREATE TABLE mail_outbox (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    recipient       VARCHAR(254) NOT NULL,
    subject         VARCHAR(500) NOT NULL,
    body            MEDIUMTEXT   NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)  NOT NULL,
    claim_token     VARCHAR(36),
    claimed_until   DATETIME(6),
    sent_at         DATETIME(6),
    failed_at       DATETIME(6),
    last_error      VARCHAR(500),
    PRIMARY KEY (id),
    INDEX ix_mail_outbox_due (sent_at, failed_at, next_attempt_at),
    INDEX ix_mail_outbox_claim (claim_token)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
