-- tenken schema, version 12: 実地監査 (on-site audits) and the ward's names for the grades of a 指摘.

-- The sections the auditor confirmed for a visit this year, each with the
-- reasons the ranking gave when it was confirmed (the core's OnsiteReason
-- list as JSON), so the report says why even after the answers change.
CREATE TABLE onsite_selection (
    year          INTEGER NOT NULL,
    dept          TEXT NOT NULL,
    reasons       TEXT NOT NULL,
    confirmed_at  TEXT NOT NULL,
    PRIMARY KEY (year, dept),
    FOREIGN KEY (year, dept) REFERENCES campaign_sections(year, dept)
) STRICT;

-- A visit made: one per selected section and year. The last visit of a
-- section over the years is what the rotation counts from.
CREATE TABLE onsite_visits (
    year       INTEGER NOT NULL,
    dept       TEXT NOT NULL,
    visited_on TEXT NOT NULL,
    auditors   TEXT NOT NULL,
    result     TEXT NOT NULL CHECK (result IN ('good', 'some_improvement', 'improvement')),
    findings   TEXT NOT NULL DEFAULT '',
    saved_at   TEXT NOT NULL,
    PRIMARY KEY (year, dept),
    FOREIGN KEY (year, dept) REFERENCES onsite_selection(year, dept) ON DELETE RESTRICT
) STRICT;

-- The ward's own words for the four grades of a 指摘 (重大な不適合 …):
-- a grade without a row keeps the catalogue's words.
CREATE TABLE grade_names (
    grade      TEXT PRIMARY KEY CHECK (grade IN ('major', 'minor', 'observation', 'recommendation')),
    name_ja    TEXT NOT NULL,
    name_en    TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
