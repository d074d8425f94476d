-- tenken schema, version 1. Every table is STRICT; foreign keys are on.

-- 自己点検票, stored by the SHA-256 of their canonical content. Never updated:
-- a changed wording is a new row, and campaigns point at the exact one asked.
CREATE TABLE questionnaires (
    hash      TEXT PRIMARY KEY,
    qid       TEXT NOT NULL,
    title     TEXT NOT NULL,
    content   TEXT NOT NULL,      -- canonical JSON (what the hash is of)
    source    TEXT NOT NULL,      -- the TOML as it was given
    added_at  TEXT NOT NULL
) STRICT;

-- The org tree. Leaves are the sections that answer.
CREATE TABLE departments (
    code      TEXT PRIMARY KEY,
    name      TEXT NOT NULL,
    parent    TEXT REFERENCES departments(code) DEFERRABLE INITIALLY DEFERRED,
    tiers     TEXT NOT NULL DEFAULT '',   -- space-separated tier codes
    position  INTEGER NOT NULL
) STRICT;

-- One campaign per fiscal year.
CREATE TABLE campaigns (
    year          INTEGER PRIMARY KEY,
    questionnaire TEXT NOT NULL REFERENCES questionnaires(hash),
    opened_at     TEXT NOT NULL,
    carried_from  INTEGER REFERENCES campaigns(year)
) STRICT;

-- The sections taking part in a campaign, with their name and tiers as they
-- were when it opened (a later reorganisation does not rewrite the past).
CREATE TABLE campaign_sections (
    year          INTEGER NOT NULL REFERENCES campaigns(year),
    dept          TEXT NOT NULL REFERENCES departments(code),
    name          TEXT NOT NULL,
    path          TEXT NOT NULL,
    tiers         TEXT NOT NULL,
    position      INTEGER NOT NULL,
    state         TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'submitted', 'reopened')),
    submitted_at  TEXT,
    reopen_reason TEXT,
    PRIMARY KEY (year, dept)
) STRICT;

-- The current answer of a section to an item.
CREATE TABLE answers (
    year        INTEGER NOT NULL,
    dept        TEXT NOT NULL,
    item        TEXT NOT NULL,
    value       TEXT CHECK (value IN ('yes', 'partial', 'no', 'na')),
    comment     TEXT NOT NULL DEFAULT '',
    na_reason   TEXT NOT NULL DEFAULT '',
    plan_action TEXT,
    plan_owner  TEXT,
    plan_due    TEXT,
    unconfirmed INTEGER NOT NULL DEFAULT 0 CHECK (unconfirmed IN (0, 1)),
    revision    INTEGER NOT NULL DEFAULT 1,
    saved_at    TEXT NOT NULL,
    PRIMARY KEY (year, dept, item),
    FOREIGN KEY (year, dept) REFERENCES campaign_sections(year, dept)
) STRICT;

-- Every earlier value of an answer, kept by trigger whatever code path changes it.
CREATE TABLE answer_history (
    id          INTEGER PRIMARY KEY,
    year        INTEGER NOT NULL,
    dept        TEXT NOT NULL,
    item        TEXT NOT NULL,
    value       TEXT,
    comment     TEXT NOT NULL,
    na_reason   TEXT NOT NULL,
    plan_action TEXT,
    plan_owner  TEXT,
    plan_due    TEXT,
    unconfirmed INTEGER NOT NULL,
    revision    INTEGER NOT NULL,
    saved_at    TEXT NOT NULL,
    replaced_at TEXT NOT NULL
) STRICT;
CREATE INDEX answer_history_by_answer ON answer_history (year, dept, item);

CREATE TRIGGER answers_keep_history BEFORE UPDATE ON answers
BEGIN
    INSERT INTO answer_history (year, dept, item, value, comment, na_reason, plan_action, plan_owner,
                                plan_due, unconfirmed, revision, saved_at, replaced_at)
    VALUES (OLD.year, OLD.dept, OLD.item, OLD.value, OLD.comment, OLD.na_reason, OLD.plan_action,
            OLD.plan_owner, OLD.plan_due, OLD.unconfirmed, OLD.revision, OLD.saved_at, NEW.saved_at);
END;

CREATE TRIGGER answers_are_never_deleted BEFORE DELETE ON answers
BEGIN
    SELECT RAISE(ABORT, 'answers are kept; overwrite them instead');
END;

-- 提出 and 差戻し, in order.
CREATE TABLE section_events (
    id      INTEGER PRIMARY KEY,
    year    INTEGER NOT NULL,
    dept    TEXT NOT NULL,
    action  TEXT NOT NULL CHECK (action IN ('submit', 'reopen')),
    reason  TEXT,
    at      TEXT NOT NULL,
    FOREIGN KEY (year, dept) REFERENCES campaign_sections(year, dept)
) STRICT;
