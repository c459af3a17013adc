-- Reporting (ADR 0019): the dashboard's aggregates select cases by filing day and find each case's first decision
-- and withdrawal in its status history; these indexes let both databases answer from the index.
CREATE INDEX case_file_filed_on ON case_file (filed_on);
CREATE INDEX case_status_event_status_case ON case_status_event (status, case_id, at_time);
