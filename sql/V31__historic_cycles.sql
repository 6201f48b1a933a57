-- A cycle that records an election held elsewhere (imported from a pabulib .pb file): its own currency, its exact
-- budget and the published name of its counting rule. NULL for the platform's own cycles.
ALTER TABLE budget_cycle ADD COLUMN historic_currency VARCHAR(10) NULL;
ALTER TABLE budget_cycle ADD COLUMN historic_budget DECIMAL(26, 6) NULL;
ALTER TABLE budget_cycle ADD COLUMN historic_rule VARCHAR(40) NULL;

-- Cycles imported before this migration: every one with stored ballots is such a record.
UPDATE budget_cycle c
SET historic_currency = COALESCE((SELECT NULLIF(TRIM(SUBSTRING_INDEX(SUBSTRING_INDEX(CONCAT('\n', e.meta, '\n'),
                                                                   '\ncurrency;', -1), '\n', 1)), '')
                                  FROM tally_election e JOIN budget_category k ON k.id = e.category_id
                                  WHERE k.cycle_id = c.id AND CONCAT('\n', e.meta) LIKE '%\ncurrency;%' LIMIT 1), 'UAH'),
    historic_budget = c.total_budget,
    historic_rule = COALESCE((SELECT TRIM(SUBSTRING_INDEX(SUBSTRING_INDEX(CONCAT('\n', e.meta, '\n'), '\nrule;', -1),
                                          '\n', 1))
                              FROM tally_election e JOIN budget_category k ON k.id = e.category_id
                              WHERE k.cycle_id = c.id AND CONCAT('\n', e.meta) LIKE '%\nrule;%' LIMIT 1), 'greedy')
WHERE EXISTS (SELECT 1 FROM tally_election e JOIN budget_category k ON k.id = e.category_id WHERE k.cycle_id = c.id);
