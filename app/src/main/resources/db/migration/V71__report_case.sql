-- Reporting (ADR 0021): one row per filed case with what the dashboard figures from it (forum, charter, route, days
-- and working days to decision; months as yyyymm for the monthly table), kept in step by the reporting module in the transaction that stores the case. The
-- dashboard aggregates this narrow table instead of deriving every case from its history on each request.
CREATE TABLE report_case (
    case_id            BIGINT       NOT NULL PRIMARY KEY,
    ref                VARCHAR(20)  NOT NULL UNIQUE,
    forum_code         VARCHAR(40)  NOT NULL,
    charter_forum_code VARCHAR(40),
    charter_version    INT,
    category           VARCHAR(30)  NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    filed_on           DATE         NOT NULL,
    decided_on         DATE,
    withdrawn_on       DATE,
    filed_month        INT          NOT NULL,
    decided_month      INT,
    withdrawn_month    INT,
    days               INT,
    working_days       INT,
    route              VARCHAR(5)   NOT NULL
);
CREATE INDEX report_case_filed_on ON report_case (filed_on);

-- Which derivation the rows were made by: a newer one in the code makes every row again at start-up.
CREATE TABLE report_state (
    id         INT NOT NULL PRIMARY KEY,
    derivation INT NOT NULL
);
INSERT INTO report_state (id, derivation) VALUES (1, 0);
