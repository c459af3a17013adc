-- exemption: at most one request under way per case, enforced by the database so that two drafts made at the same
-- instant cannot both pass the service's check. open_case_ref is the case while the request is under way and NULL
-- once it ended (not approved, expired); a unique constraint allows any number of NULLs on H2 and PostgreSQL alike.
ALTER TABLE exemption ADD COLUMN open_case_ref VARCHAR(20);
UPDATE exemption SET open_case_ref = case_ref WHERE stage NOT IN ('NOT_APPROVED', 'EXPIRED');
ALTER TABLE exemption ADD CONSTRAINT exemption_one_open_per_case UNIQUE (open_case_ref);
