-- journal: the entries up to which a full verification found the whole chain intact, each with its hash then, so
-- that the auditor's page checks only the entries after the last one (ADR 0023). Written by the full check; not
-- journaled (it records a check, not a change, and an entry for it would stand behind the point it names).
CREATE TABLE journal_checkpoint (
    seq         BIGINT                   PRIMARY KEY,
    hash        VARCHAR(64)              NOT NULL,
    verified_at TIMESTAMP WITH TIME ZONE NOT NULL
);
