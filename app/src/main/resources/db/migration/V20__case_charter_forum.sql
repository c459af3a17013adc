-- A case keeps the charter it was judged under by forum and version: after a hand-over its forum is the
-- successor, but the charter stays the predecessor's (a version number alone would be read against the wrong forum).
ALTER TABLE case_file ADD COLUMN charter_forum_code VARCHAR(40);

UPDATE case_file SET charter_forum_code = forum_code WHERE charter_version IS NOT NULL;

-- Cases judged before their (successor) forum had any charter were judged under the predecessor's.
UPDATE case_file SET charter_forum_code = (
        SELECT p.code FROM forum p JOIN forum f ON p.successor_id = f.id WHERE f.code = case_file.forum_code)
WHERE charter_version IS NOT NULL AND filed_on IS NOT NULL
  AND EXISTS (SELECT 1 FROM forum p JOIN forum f ON p.successor_id = f.id WHERE f.code = case_file.forum_code)
  AND filed_on < COALESCE((SELECT MIN(c.effective_from) FROM charter c JOIN forum f ON c.forum_id = f.id
                           WHERE f.code = case_file.forum_code), DATE '9999-12-31');
