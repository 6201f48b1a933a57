-- One-off facts about this database, e.g. that the demo data has been loaded (so it is never loaded twice).
CREATE TABLE platform_marker (
    name   VARCHAR(100) NOT NULL PRIMARY KEY,
    set_at DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A database that already holds hromadas was filled before this marker existed.
INSERT INTO platform_marker (name, set_at)
SELECT 'demo-data-loaded', CURRENT_TIMESTAMP(6) FROM DUAL WHERE EXISTS (SELECT 1 FROM hromada);
