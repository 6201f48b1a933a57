-- Imported elections keep their amounts exactly: tally_project.cost and the META budget are whole units of
-- 10^-amount_scale of the file's currency (a budget of 1331751.11 PLN is 133175111 at scale 2). The platform's own
-- cycles count whole hryvnias (scale 0). "notices" keeps what reading the file warned about, one per line as
-- "CODE;line;argument;...", so the tally page can show it later.
ALTER TABLE tally_election ADD COLUMN amount_scale INT NOT NULL DEFAULT 0;
ALTER TABLE tally_election ADD COLUMN notices TEXT NULL;
ALTER TABLE tally_election ADD CONSTRAINT ck_tally_election_amount_scale CHECK (amount_scale BETWEEN 0 AND 6);
