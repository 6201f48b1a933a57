-- The number published before voting that a lot is drawn from when a cycle breaks ties by lot.
ALTER TABLE budget_cycle ADD COLUMN lot_seed VARCHAR(100) NULL;
