-- tenken schema, version 7: the campaign's 提出期限, 問い合わせ先 and the
-- report's 責任者・担当者, and who answered and approved each submission.

-- One row per campaign once the auditor set anything (a section's terminal
-- gets the deadline and contact from its distribution package).
CREATE TABLE campaign_settings (
    year          INTEGER PRIMARY KEY REFERENCES campaigns(year),
    due           TEXT CHECK (due IS NULL OR due GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    contact_unit  TEXT NOT NULL DEFAULT '',
    contact_phone TEXT NOT NULL DEFAULT '',
    contact_mail  TEXT NOT NULL DEFAULT '',
    lead          TEXT NOT NULL DEFAULT '',
    lead_unit     TEXT NOT NULL DEFAULT '',
    staff         TEXT NOT NULL DEFAULT '',
    staff_unit    TEXT NOT NULL DEFAULT '',
    updated_at    TEXT NOT NULL
) STRICT;

-- 回答者, 所属長 and 承認日 of a submission (NULL for submissions made
-- before version 7 and for 差戻し).
ALTER TABLE section_events ADD COLUMN respondent TEXT;
ALTER TABLE section_events ADD COLUMN approver TEXT;
ALTER TABLE section_events ADD COLUMN approved_on TEXT;
