-- The journal: append-only, hash-chained. The application has no statement that updates or deletes an entry;
-- journal_head holds the last entry so that appends serialise on one row lock, across nodes.
CREATE TABLE journal_entry (
    seq           BIGINT       NOT NULL PRIMARY KEY,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(100) NOT NULL,
    actor_party   VARCHAR(20),
    action        VARCHAR(100) NOT NULL,
    subject_type  VARCHAR(50)  NOT NULL,
    subject_id    VARCHAR(200) NOT NULL,
    before_state  TEXT,
    after_state   TEXT,
    reason        TEXT,
    previous_hash CHAR(64)     NOT NULL,
    hash          CHAR(64)     NOT NULL
);
CREATE INDEX journal_entry_subject ON journal_entry (subject_type, subject_id);

CREATE TABLE journal_head (
    id        INT      NOT NULL PRIMARY KEY,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL
);
INSERT INTO journal_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
