-- tenken schema, version 13: an index for a section's last 差戻し.
--
-- Every reader of a campaign's sections (the board, the consolidation, the
-- reports, each package imported) asks for the time of each section's last
-- 'reopen' event. Without an index SQLite scanned every event once per
-- section: 21 ms for a ward of 250 sections after five years, the largest
-- part of `tenken summary`. With it, 1 ms.
CREATE INDEX section_events_by_section ON section_events (year, dept, action, at);
