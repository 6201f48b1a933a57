-- A cycle is a draft, seen only by its hromada's staff, until an administrator publishes it; only a draft may be
-- deleted. Cycles that existed before this migration were public already.
ALTER TABLE budget_cycle ADD COLUMN published_at DATETIME(6) NULL;
UPDATE budget_cycle SET published_at = created_at;

-- Deleting a draft that was an imported election takes its ballots with it.
ALTER TABLE tally_ballot DROP FOREIGN KEY fk_tally_ballot_election;
ALTER TABLE tally_ballot ADD CONSTRAINT fk_tally_ballot_election FOREIGN KEY (category_id)
    REFERENCES tally_election (category_id) ON DELETE CASCADE;
ALTER TABLE tally_project DROP FOREIGN KEY fk_tally_project_election;
ALTER TABLE tally_project ADD CONSTRAINT fk_tally_project_election FOREIGN KEY (category_id)
    REFERENCES tally_election (category_id) ON DELETE CASCADE;
ALTER TABLE tally_election DROP FOREIGN KEY fk_tally_election_category;
ALTER TABLE tally_election ADD CONSTRAINT fk_tally_election_category FOREIGN KEY (category_id)
    REFERENCES budget_category (id) ON DELETE CASCADE;
