-- tenken schema, version 3: keys and the exchange of packages with isolated terminals.

-- This installation's Ed25519 key pair, made on first start. One row.
CREATE TABLE installation_key (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    secret      BLOB NOT NULL CHECK (length(secret) = 32),
    public_key  TEXT NOT NULL,
    created_at  TEXT NOT NULL
) STRICT;

-- Keys this installation trusts: on a section terminal the auditor's
-- ('auditor'), at the auditor each section's ('dept:CODE'). Pinned at first
-- use; changed only by an explicit re-pin. Earlier pins go to history.
CREATE TABLE key_pins (
    party       TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL,           -- 32 hex digits
    public_key  TEXT,                    -- the full key once a package signed with it arrived
    pinned_at   TEXT NOT NULL,
    how         TEXT NOT NULL CHECK (how IN ('first-use', 'repin'))
) STRICT;

CREATE TABLE key_pin_history (
    id          INTEGER PRIMARY KEY,
    party       TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    public_key  TEXT,
    pinned_at   TEXT NOT NULL,
    how         TEXT NOT NULL,
    replaced_at TEXT NOT NULL
) STRICT;

CREATE TRIGGER key_pins_keep_history BEFORE UPDATE ON key_pins
BEGIN
    INSERT INTO key_pin_history (party, fingerprint, public_key, pinned_at, how, replaced_at)
    VALUES (OLD.party, OLD.fingerprint, OLD.public_key, OLD.pinned_at, OLD.how, NEW.pinned_at);
END;

-- Packages this installation made: distributions (auditor) and responses (section).
CREATE TABLE packages_sent (
    package_id  TEXT PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('distribution', 'response')),
    year        INTEGER NOT NULL,
    dept        TEXT NOT NULL,
    revision    INTEGER NOT NULL CHECK (revision > 0),
    sha256      TEXT NOT NULL,
    file_name   TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    UNIQUE (kind, year, dept, revision),
    FOREIGN KEY (year, dept) REFERENCES campaign_sections(year, dept)
) STRICT;

-- Packages this installation took: responses (auditor) and distributions
-- (section), with the file's bytes, so what arrived can always be shown and
-- verified again. Refused packages are not recorded: a refusal changes nothing.
CREATE TABLE packages_received (
    package_id  TEXT PRIMARY KEY,
    sha256      TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL CHECK (kind IN ('distribution', 'response')),
    year        INTEGER NOT NULL,
    dept        TEXT NOT NULL,
    revision    INTEGER NOT NULL CHECK (revision > 0),
    signer      TEXT NOT NULL,            -- fingerprint, 32 hex digits
    created_at  TEXT NOT NULL,            -- as the maker's manifest says
    received_at TEXT NOT NULL,
    bytes       BLOB NOT NULL,
    UNIQUE (kind, year, dept, revision),
    FOREIGN KEY (year, dept) REFERENCES campaign_sections(year, dept)
) STRICT;

CREATE TRIGGER packages_received_are_kept BEFORE DELETE ON packages_received
BEGIN
    SELECT RAISE(ABORT, 'received packages are kept');
END;
