-- A forum's rules as versioned data: each version applies from its effective date.
CREATE TABLE charter (
    forum_id                  BIGINT       NOT NULL REFERENCES forum (id),
    version                   INT          NOT NULL,
    name                      VARCHAR(200) NOT NULL,
    name_ko                   VARCHAR(200) NOT NULL,
    effective_from            DATE         NOT NULL,
    decision_rule             VARCHAR(40)  NOT NULL,
    no_objection_working_days INT          NOT NULL,
    holds_allowed             BOOLEAN      NOT NULL,
    case_routing              VARCHAR(40)  NOT NULL,
    objection_window_days     INT          NOT NULL,
    forum_review_days         INT          NOT NULL,
    note                      VARCHAR(1000),
    PRIMARY KEY (forum_id, version)
);
