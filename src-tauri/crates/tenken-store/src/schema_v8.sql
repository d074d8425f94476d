-- tenken schema, version 8: 廃止 of a department, the auditor's 総評 and the year's 重点テーマ.
-- the grade and 回答期限 of a 指摘.

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

-- A 指摘's grade (major, minor, observation, recommendation) and the date a
-- response is asked for (ISO). Earlier marks keep theirs in the history.
ALTER TABLE reviews ADD COLUMN grade TEXT
    CHECK (grade IS NULL OR grade IN ('major', 'minor', 'observation', 'recommendation'));
ALTER TABLE reviews ADD COLUMN respond_by TEXT;
ALTER TABLE review_history ADD COLUMN grade TEXT;
ALTER TABLE review_history ADD COLUMN respond_by TEXT;
DROP TRIGGER reviews_keep_history;
CREATE TRIGGER reviews_keep_history BEFORE UPDATE ON reviews
BEGIN
    INSERT INTO review_history (year, dept, item, mark, comment, marked_at, replaced_at, grade, respond_by)
    VALUES (OLD.year, OLD.dept, OLD.item, OLD.mark, OLD.comment, OLD.marked_at, NEW.marked_at, OLD.grade, OLD.respond_by);
END;

-- 重点テーマ: the clauses and items the auditor picks out for the year,
-- with a title. `clauses` and `items` are JSON arrays of clause numbers and
-- item ids, in checklist order. No row: no theme; every change is in the
-- audit log.
CREATE TABLE campaign_themes (
    year        INTEGER PRIMARY KEY REFERENCES campaigns(year),
    title       TEXT NOT NULL,
    clauses     TEXT NOT NULL,
    items       TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

-- 所属の属性 (space-separated codes: central system_owner outsourcing
-- my_number_data counter school). With the tiers they decide which items a
-- section answers; the campaign section keeps them as they were when the
-- campaign opened, as it keeps the tiers.
ALTER TABLE departments ADD COLUMN attributes TEXT NOT NULL DEFAULT '';
ALTER TABLE campaign_sections ADD COLUMN attributes TEXT NOT NULL DEFAULT '';

-- 証跡の所在: which document shows an answer holds and where it is kept.
-- Its earlier values are kept in the history like every other field.
ALTER TABLE answers ADD COLUMN evidence TEXT NOT NULL DEFAULT '';
ALTER TABLE answer_history ADD COLUMN evidence TEXT NOT NULL DEFAULT '';
DROP TRIGGER answers_keep_history;
CREATE TRIGGER answers_keep_history BEFORE UPDATE ON answers
BEGIN
    INSERT INTO answer_history (year, dept, item, value, comment, na_reason, plan_action, plan_owner,
                                plan_due, unconfirmed, revision, saved_at, replaced_at, evidence)
    VALUES (OLD.year, OLD.dept, OLD.item, OLD.value, OLD.comment, OLD.na_reason, OLD.plan_action,
            OLD.plan_owner, OLD.plan_due, OLD.unconfirmed, OLD.revision, OLD.saved_at, NEW.saved_at,
            OLD.evidence);
END;

-- Whether 重点項目 answered 実施している need their 証跡の所在 before a
-- section can submit (0 or 1; the auditor's choice for the year).
ALTER TABLE campaign_settings ADD COLUMN evidence_required INTEGER NOT NULL DEFAULT 0;
