-- decision: a running clock keeps what it counts (working days after a day), so that its due date can be counted
-- again when a party's holiday is added or removed inside the window (ADR 0023). A notice's count is known from
-- its row; a procedure running before this version keeps its due date (its circulation day is only journaled).
ALTER TABLE review ADD COLUMN clock_from DATE;
ALTER TABLE review ADD COLUMN clock_days INT;
UPDATE review SET clock_from = opened_on, clock_days = window_days WHERE stage = 'NOTICE' AND due_on IS NOT NULL;
