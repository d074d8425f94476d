-- tenken schema, version 11: 措置状況 (last year's plans and 指摘 followed up).

-- One row per item a section must follow up in a campaign: what last year
-- left (`source`, the core's FollowUpSource as JSON: the plan and/or the
-- 指摘) and, once the section answered, where it stands. Written when the
-- auditor opens a carried-over campaign, or when a distribution brings
-- them to a terminal; the answer columns travel back in the response.
CREATE TABLE follow_ups (
    year      INTEGER NOT NULL,
    dept      TEXT NOT NULL,
    item      TEXT NOT NULL,
    source    TEXT NOT NULL,
    state     TEXT CHECK (state IN ('done', 'in_progress', 'not_started', 'dropped')),
    new_due   TEXT,
    reason    TEXT,
    note      TEXT,
    saved_at  TEXT,
    PRIMARY KEY (year, dept, item),
    FOREIGN KEY (year, dept) REFERENCES campaign_sections(year, dept)
) STRICT;
