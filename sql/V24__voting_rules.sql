-- How voters choose in each category (up to K projects, or any set within the category's budget) and whether vote
-- counts are shown while voting runs; both frozen with the rules once voting opens.
ALTER TABLE budget_category ADD COLUMN voting_style VARCHAR(20) NOT NULL DEFAULT 'UP_TO_K';
ALTER TABLE budget_cycle ADD COLUMN live_counts BOOLEAN NOT NULL DEFAULT FALSE;
