-- tenken schema, version 9: 証跡ファイル, the documents a section attaches to an answer.

-- One attached file. The bytes are kept here, so a backup holds them and a
-- response package can carry them; `sha256` (lower-case hex of `content`)
-- is how a package names the file and how a swapped one is known. `kind`
-- is what the content is (checked on both sides, never taken from the
-- name). A response import replaces a section's files as it replaces its
-- answers; every change is in the audit log.
CREATE TABLE evidence_files (
    year      INTEGER NOT NULL,
    dept      TEXT NOT NULL,
    item      TEXT NOT NULL,
    name      TEXT NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('pdf', 'png', 'jpeg', 'xlsx')),
    size      INTEGER NOT NULL CHECK (size > 0),
    sha256    TEXT NOT NULL,
    content   BLOB NOT NULL,
    added_at  TEXT NOT NULL,
    PRIMARY KEY (year, dept, item, name),
    FOREIGN KEY (year, dept) REFERENCES campaign_sections(year, dept)
) STRICT;
