-- The case list picks a page's ids newest first from an index alone (ADR 0020): the id with the status it filters
-- on, so that skipping to a deep page reads index entries and never the rows it skips.
CREATE INDEX case_file_id_status ON case_file (id, status);
