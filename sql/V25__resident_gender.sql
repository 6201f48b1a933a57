-- A resident's gender, read from the РНОКПП at sign-in (the number itself is never kept), for voters' statistics.
ALTER TABLE resident ADD COLUMN gender VARCHAR(6);
