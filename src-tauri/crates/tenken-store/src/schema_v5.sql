-- tenken schema, version 5: the sections' own log events arrive with their
-- response packages; an item's history is read by subject.

-- Reading one item's (or one section's) events without scanning the log.
CREATE INDEX audit_log_by_subject ON audit_log (subject, seq);

-- The newest event number taken from each section terminal's log (by the
-- key that signed it), so a newer response adds only the events after it.
CREATE TABLE log_received (
    year     INTEGER NOT NULL,
    dept     TEXT NOT NULL,
    key      TEXT NOT NULL,
    last_seq INTEGER NOT NULL,
    PRIMARY KEY (year, dept, key)
) STRICT;
