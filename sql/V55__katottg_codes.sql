-- Residency by address matches a settlement by its KATOTTG code (the codifier of territories): the hromada's settlements
-- may carry their code, and a resident keeps the code the identity provider gave with their address.
ALTER TABLE territory ADD COLUMN katottg VARCHAR(19) NULL;
ALTER TABLE territory ADD CONSTRAINT uq_territory_katottg UNIQUE (hromada_id, katottg);
ALTER TABLE resident ADD COLUMN katottg VARCHAR(19) NULL;
