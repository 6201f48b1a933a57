-- The ballot box clustered by cycle: counting a cycle, building its ballot file or its statistics reads the cycle's
-- ballots as one range of the table, in ballot-id order, instead of looking each one up through a secondary index
-- (a million lookups for a million ballots). A ballot id stays unique on its own, for receipts and the ballot file.
ALTER TABLE ballot_box
    DROP PRIMARY KEY,
    ADD PRIMARY KEY (cycle_id, ballot_id),
    ADD CONSTRAINT uq_ballot_box_ballot UNIQUE (ballot_id),
    DROP INDEX ix_ballot_box_cycle;
