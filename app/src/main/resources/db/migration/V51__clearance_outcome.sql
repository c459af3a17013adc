-- a clearance's status holds its outcome once decided (APPROVED_WITH_CONDITIONS is 24 characters)
ALTER TABLE case_clearance ALTER COLUMN status SET DATA TYPE VARCHAR(30);
