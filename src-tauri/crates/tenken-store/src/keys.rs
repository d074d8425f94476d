//! This installation's key pair and the keys it trusts (pins). The decisions
//! (trust on first use, refuse another key) are `tenken_exchange::rules`';
//! this file only stores and reads them.

use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use tenken_exchange::rules::Party;
use tenken_exchange::{Fingerprint, KeyError, PublicKey, SecretKey};

use crate::{Result, Store, StoreError, Tx, now};

fn key_error(e: KeyError) -> StoreError {
    match e {
        KeyError::Random(detail) => {
            StoreError::Io { path: std::path::PathBuf::from("getrandom"), source: std::io::Error::other(detail) }
        }
        other => StoreError::Corrupt(other.to_string()),
    }
}

/// Makes this installation's key pair if it has none yet (first start).
/// Writes nothing when the key exists, so opening a database never changes it.
pub(crate) fn ensure_installation_key(conn: &Connection) -> Result<()> {
    let exists: bool = conn.query_row("SELECT EXISTS (SELECT 1 FROM installation_key)", [], |r| r.get(0))?;
    if exists {
        return Ok(());
    }
    let key = SecretKey::generate().map_err(key_error)?;
    conn.execute(
        "INSERT INTO installation_key (id, secret, public_key, created_at) VALUES (1, ?1, ?2, ?3)",
        params![key.to_bytes().to_vec(), key.public().to_hex(), now()],
    )?;
    tracing::info!(fingerprint = %key.public().fingerprint(), "installation key created");
    Ok(())
}

/// Who this installation is, as `tenken key show` prints it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Identity {
    /// `3F2A-91C0-…`, to read aloud.
    pub fingerprint: String,
    pub public_key: String,
    pub created_at: String,
}

/// A key this installation trusts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PinRow {
    /// `auditor` or `dept:CODE`.
    pub party: String,
    /// `3F2A-91C0-…`.
    pub fingerprint: String,
    pub public_key: Option<String>,
    pub pinned_at: String,
    /// `first-use` or `repin`.
    pub how: String,
}

/// How a pin came about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinHow {
    /// The first package signed by this party.
    FirstUse,
    /// A person re-pinned after checking the fingerprint by phone.
    Repin,
}

impl PinHow {
    fn code(self) -> &'static str {
        match self {
            PinHow::FirstUse => "first-use",
            PinHow::Repin => "repin",
        }
    }
}

fn fingerprint_from_hex(hex: &str) -> Result<Fingerprint> {
    Fingerprint::parse(hex).map_err(|e| StoreError::Corrupt(e.to_string()))
}

impl Tx<'_> {
    /// This installation's signing key.
    pub fn installation_key(&mut self) -> Result<SecretKey> {
        let secret: Vec<u8> = self
            .connection()
            .query_row("SELECT secret FROM installation_key WHERE id = 1", [], |r| r.get(0))
            .optional()?
            .ok_or_else(|| StoreError::Corrupt("installation key missing".to_owned()))?;
        SecretKey::from_bytes(&secret).map_err(key_error)
    }

    /// The fingerprint pinned for a party, if any.
    pub fn pin(&mut self, party: &Party) -> Result<Option<Fingerprint>> {
        let hex: Option<String> = self
            .connection()
            .query_row("SELECT fingerprint FROM key_pins WHERE party = ?1", [party.key()], |r| r.get(0))
            .optional()?;
        hex.as_deref().map(fingerprint_from_hex).transpose()
    }

    /// Pins a party's key (the earlier pin goes to history).
    pub fn set_pin(&mut self, party: &Party, fp: Fingerprint, key: Option<&PublicKey>, how: PinHow) -> Result<()> {
        self.connection().execute(
            "INSERT INTO key_pins (party, fingerprint, public_key, pinned_at, how) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (party) DO UPDATE SET fingerprint = excluded.fingerprint,
                public_key = excluded.public_key, pinned_at = excluded.pinned_at, how = excluded.how",
            params![party.key(), fp.to_hex(), key.map(PublicKey::to_hex), now(), how.code()],
        )?;
        Ok(())
    }

    /// Records the full key of a pin made from a fingerprint alone (after a re-pin), once it arrives.
    pub(crate) fn complete_pin(&mut self, party: &Party, key: &PublicKey) -> Result<()> {
        self.connection().execute(
            "UPDATE key_pins SET public_key = ?2 WHERE party = ?1 AND public_key IS NULL AND fingerprint = ?3",
            params![party.key(), key.to_hex(), key.fingerprint().to_hex()],
        )?;
        Ok(())
    }

    /// Every pin, the auditor's first.
    pub fn pins(&mut self) -> Result<Vec<PinRow>> {
        let mut stmt = self.connection().prepare_cached(
            "SELECT party, fingerprint, public_key, pinned_at, how FROM key_pins
             ORDER BY party <> 'auditor', party",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (party, fp, public_key, pinned_at, how): (String, String, Option<String>, String, String) = row?;
            out.push(PinRow { party, fingerprint: fingerprint_from_hex(&fp)?.to_string(), public_key, pinned_at, how });
        }
        Ok(out)
    }
}

impl Store {
    /// This installation's fingerprint and public key.
    pub fn identity(&mut self) -> Result<Identity> {
        self.transaction(|t| {
            let key = t.installation_key()?;
            let created_at: String =
                t.connection().query_row("SELECT created_at FROM installation_key WHERE id = 1", [], |r| r.get(0))?;
            Ok(Identity {
                fingerprint: key.public().fingerprint().to_string(),
                public_key: key.public().to_hex(),
                created_at,
            })
        })
    }

    /// See [`Tx::pins`].
    pub fn pins(&mut self) -> Result<Vec<PinRow>> {
        self.read(|t| t.pins())
    }

    /// 再登録: trusts from now on the key with this fingerprint for a party,
    /// after a person confirmed it (by phone) with the other side. A section
    /// must be known to this database.
    ///
    /// A key already trusted for another section is refused unless
    /// `allow_shared_key` says the auditor confirmed that one terminal answers
    /// for both ([`StoreError::KeyPinnedElsewhere`]): otherwise a re-pin would
    /// let one section's terminal answer for another, which the import refuses
    /// for the same reason. The confirmation is written to the audit log.
    pub fn repin(&mut self, party: &Party, fp: Fingerprint, allow_shared_key: bool) -> Result<()> {
        self.transaction(|t| {
            if let Party::Section(_) = party {
                // Trusting a section's new key is the auditor's decision.
                t.authorize(tenken_core::role::Operation::Exchange)?;
            }
            if let Party::Section(code) = party {
                let known: bool = t.connection().query_row(
                    "SELECT EXISTS (SELECT 1 FROM departments WHERE code = ?1)",
                    [code],
                    |r| r.get(0),
                )?;
                if !known {
                    return Err(StoreError::UnknownDepartment(code.clone()));
                }
                let others: Vec<String> = {
                    let mut stmt = t.connection().prepare(
                        "SELECT substr(party, 6) FROM key_pins
                         WHERE fingerprint = ?1 AND party LIKE 'dept:%' AND party <> ?2 ORDER BY party",
                    )?;
                    let rows = stmt.query_map(params![fp.to_hex(), party.key()], |r| r.get(0))?;
                    rows.collect::<rusqlite::Result<_>>()?
                };
                if let Some(other) = others.first() {
                    if !allow_shared_key {
                        return Err(StoreError::KeyPinnedElsewhere {
                            code: code.clone(),
                            other: other.clone(),
                            fingerprint: fp.to_string(),
                        });
                    }
                    let after = crate::audit_log::json(&(fp.to_string(), &others));
                    t.record("key.share-allowed", &party.key(), None, after)?;
                }
            }
            t.set_pin(party, fp, None, PinHow::Repin)?;
            tracing::info!(party = %party.key(), fingerprint = %fp, "key re-pinned");
            Ok(())
        })
    }
}
