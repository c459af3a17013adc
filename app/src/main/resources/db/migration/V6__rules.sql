-- Barrels counted against the UN annual caps (refined petroleum, crude oil), per cap, calendar year and case.
-- A case's entries are replaced when it is triaged again and deleted when it is withdrawn. cap_lock holds one row
-- that counting locks, so two nodes never count two cases against the same room at once.
CREATE TABLE cap_entry (
    cap_id      VARCHAR(40)    NOT NULL,
    cap_year    INT            NOT NULL,
    case_ref    VARCHAR(100)   NOT NULL,
    barrels     DECIMAL(18, 3) NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (cap_id, cap_year, case_ref)
);
CREATE INDEX cap_entry_case ON cap_entry (case_ref);

CREATE TABLE cap_lock (
    id INT NOT NULL PRIMARY KEY
);
INSERT INTO cap_lock (id) VALUES (1);
