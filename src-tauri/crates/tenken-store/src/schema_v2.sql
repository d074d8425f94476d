-- tenken schema, version 2: the auditor's review marks, settings, closing a campaign.

-- 確認済 / 指摘: the auditor's mark on one answer. The current mark only;
-- earlier marks go to review_history by trigger.
CREATE TABLE reviews (
    year       INTEGER NOT NULL,
    dept       TEXT NOT NULL,
    item       TEXT NOT NULL,
    mark       TEXT NOT NULL CHECK (mark IN ('confirmed', 'finding')),
    comment    TEXT NOT NULL DEFAULT '',
    marked_at  TEXT NOT NULL,
    PRIMARY KEY (year, dept, item),
    FOREIGN KEY (year, dept) REFERENCES campaign_sections(year, dept)
) STRICT;

CREATE TABLE review_history (
    id          INTEGER PRIMARY KEY,
    year        INTEGER NOT NULL,
    dept        TEXT NOT NULL,
    item        TEXT NOT NULL,
    mark        TEXT NOT NULL,
    comment     TEXT NOT NULL,
    marked_at   TEXT NOT NULL,
    replaced_at TEXT NOT NULL
) STRICT;

CREATE TRIGGER reviews_keep_history BEFORE UPDATE ON reviews
BEGIN
    INSERT INTO review_history (year, dept, item, mark, comment, marked_at, replaced_at)
    VALUES (OLD.year, OLD.dept, OLD.item, OLD.mark, OLD.comment, OLD.marked_at, NEW.marked_at);
END;

-- This installation's settings (role, language, …) as text values.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- The auditor closes a campaign when the report is final; nothing changes after.
ALTER TABLE campaigns ADD COLUMN closed_at TEXT;
