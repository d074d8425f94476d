-- tenken schema, version 8: 廃止 of a department, and the auditor's 総評.

-- 廃止 of a department.
-- A department that is reorganised away keeps its row, because past
-- campaigns, the log and packages name it; the day it was retired (ISO
-- date) takes it out of every campaign opened after. NULL: in use.
ALTER TABLE departments ADD COLUMN retired_on TEXT;

-- 総評: the auditor's overall assessment of a campaign, printed at the head
-- of the results. One row once written; every change is in the audit log.
CREATE TABLE campaign_assessments (
    year        INTEGER PRIMARY KEY REFERENCES campaigns(year),
    text        TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
