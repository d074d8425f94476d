-- tenken schema, version 10: 職員セルフチェック.

-- The staff self-check a campaign asks (a stored checklist of kind staff)
-- and whether staff answer with their 職員番号 (named) or anonymously.
CREATE TABLE campaign_staff (
    year          INTEGER PRIMARY KEY REFERENCES campaigns(year),
    questionnaire TEXT NOT NULL REFERENCES questionnaires(hash),
    named         INTEGER NOT NULL DEFAULT 0 CHECK (named IN (0, 1)),
    set_at        TEXT NOT NULL
) STRICT;

-- 職員数 as the section head entered it (NULL: not yet).
ALTER TABLE campaign_sections ADD COLUMN headcount INTEGER;

-- One staff member's sheet, kept on the terminal it was answered on (or
-- imported into). In anonymous mode `staff_no` is NULL and nothing ties a
-- sheet to a person; a response package carries only the counts.
CREATE TABLE staff_responses (
    id           INTEGER PRIMARY KEY,
    year         INTEGER NOT NULL,
    dept         TEXT NOT NULL,
    staff_no     TEXT,
    answered_at  TEXT NOT NULL,
    source       TEXT NOT NULL CHECK (source IN ('terminal', 'import')),
    FOREIGN KEY (year, dept) REFERENCES campaign_sections(year, dept)
) STRICT;
CREATE INDEX staff_responses_by_section ON staff_responses (year, dept);

CREATE TABLE staff_answers (
    response  INTEGER NOT NULL REFERENCES staff_responses(id),
    item      TEXT NOT NULL,
    value     TEXT NOT NULL CHECK (value IN ('yes', 'no', 'unknown')),
    PRIMARY KEY (response, item)
) STRICT;

-- A section's roll-up as its response package brought it (JSON of
-- tenken_core::staff::StaffRollup: counts per item, never who answered).
CREATE TABLE staff_rollups (
    year         INTEGER NOT NULL,
    dept         TEXT NOT NULL,
    rollup       TEXT NOT NULL,
    received_at  TEXT NOT NULL,
    PRIMARY KEY (year, dept),
    FOREIGN KEY (year, dept) REFERENCES campaign_sections(year, dept)
) STRICT;

-- The staff response rate (percent of 職員数) a section needs before it can
-- submit; NULL: no minimum.
ALTER TABLE campaign_settings ADD COLUMN staff_min_rate INTEGER CHECK (staff_min_rate BETWEEN 1 AND 100);
