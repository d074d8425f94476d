-- tenken schema, version 6: a response is bound to the distribution it answers.

-- The secret a distribution package carries to its section's terminal; each
-- response proves it (HMAC-SHA-256, see tenken_exchange::binding). NULL for
-- packages sent before version 6: their responses carry no proof and are
-- taken only while no package with a secret was sent to that section.
ALTER TABLE packages_sent ADD COLUMN response_secret BLOB
    CHECK (response_secret IS NULL OR length(response_secret) = 32);

-- Which sections a key is pinned to (a key pinned to one section and
-- answering for another needs the auditor's confirmation).
CREATE INDEX key_pins_by_fingerprint ON key_pins (fingerprint);
