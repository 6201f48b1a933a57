-- The audit log as a hash chain per hromada: each entry carries the hash of the hromada's previous entry and its own
-- (SHA-256 over its content and that previous hash, see AuditEntry), so an entry changed, removed or slipped in
-- afterwards breaks the chain, which AuditTrail.verifyChainOfMyHromada finds. The head row holds the latest hash and
-- serialises writers of one hromada (its row is locked while an entry is appended). Entries written before this
-- migration carry no hashes and are reported as older than the chain.
ALTER TABLE audit_entry ADD COLUMN previous_hash CHAR(64) NULL, ADD COLUMN entry_hash CHAR(64) NULL;
CREATE INDEX ix_audit_hromada_id ON audit_entry (hromada_id, id);

CREATE TABLE audit_chain_head (
    hromada_id    BIGINT   NOT NULL,
    last_entry_id BIGINT,
    last_hash     CHAR(64) NOT NULL,
    PRIMARY KEY (hromada_id),
    CONSTRAINT fk_audit_head_hromada FOREIGN KEY (hromada_id) REFERENCES hromada (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
