//! Binding a response to the distribution it answers.
//!
//! A section's key is trusted on first use, so a signature alone cannot say
//! *which* section a terminal answers for: without more, a terminal could
//! sign a response for another section, name that section's distribution
//! id (which is no secret) and be pinned as that section. To answer as a
//! section, a terminal must have opened that section's distribution.
//!
//! How: when the auditor distributes to a section, it draws a fresh random
//! 32-byte [`ResponseSecret`] for that distribution package, keeps it with the
//! package's row, and carries it inside the signed `distribution.json`. The
//! terminal keeps the package it opened (with the secret in it). Each response
//! carries a proof: HMAC-SHA-256 under that secret of the response's own
//! identity — campaign, section, package id, revision, the signer's public key
//! and the distribution id, each length-prefixed after a domain label. The
//! auditor recomputes it with the secret of the distribution the response
//! names and compares in constant time.
//!
//! Why a MAC over the package's identity and not the secret itself (or its
//! hash): a proof seen in one response file cannot be lifted into another.
//! It names the signer's key, so a terminal with another key cannot reuse it,
//! and the package id and revision, so it vouches for that one package; what
//! the package holds is then covered by the signer's Ed25519 signature over
//! the manifest, as for every package.
//!
//! What it does not do: the distribution file travels in the clear, so
//! whoever holds a section's distribution file can answer as that section.
//! The file is the section's credential and is handled like the paper
//! forms it replaces (approved media, handed to the section only).

use std::fmt;
use tenken_core::FiscalYear;

use hmac::{KeyInit, Mac};
use sha2::Sha256;

use crate::format::Manifest;
use crate::keys::KeyError;

type HmacSha256 = hmac::Hmac<Sha256>;

/// What every proof starts with, so it can never be confused with another use of the secret.
const DOMAIN: &[u8] = b"tenken-response-proof-v1";

/// The secret a distribution package gives its section's terminal. `Debug` never shows it.
#[derive(Clone, PartialEq, Eq)]
pub struct ResponseSecret([u8; 32]);

impl fmt::Debug for ResponseSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ResponseSecret(…)")
    }
}

impl ResponseSecret {
    /// A fresh secret from the operating system's random source (one per distribution package).
    pub fn generate() -> Result<ResponseSecret, KeyError> {
        let mut bytes = [0u8; 32];
        crate::keys::random(&mut bytes)?;
        Ok(ResponseSecret(bytes))
    }

    /// The secret with these bytes (read back from the database, or in tests).
    pub fn from_bytes(bytes: &[u8]) -> Option<ResponseSecret> {
        bytes.try_into().ok().map(ResponseSecret)
    }

    /// The secret as the database keeps it.
    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// The secret as `distribution.json` carries it: 64 lower-case hex digits.
    pub fn to_hex(&self) -> String {
        hex::encode(self.0)
    }

    /// The secret from `distribution.json`; `None` unless it is 64 hex digits.
    pub fn from_hex(text: &str) -> Option<ResponseSecret> {
        if text.len() != 64 || !text.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)) {
            return None;
        }
        hex::decode(text).ok().and_then(|v| ResponseSecret::from_bytes(&v))
    }

    fn mac(&self, id: &ProofInput<'_>) -> HmacSha256 {
        // A 32-byte key is always a valid HMAC key.
        let mut mac = <HmacSha256 as KeyInit>::new_from_slice(&self.0).unwrap_or_else(|_| unreachable!());
        let revision = id.revision.to_string();
        let campaign = id.campaign.to_string();
        for field in [
            DOMAIN,
            campaign.as_bytes(),
            id.department.as_bytes(),
            id.package_id.as_bytes(),
            revision.as_bytes(),
            id.signer.as_bytes(),
            id.distribution_id.as_bytes(),
        ] {
            mac.update(&(field.len() as u64).to_be_bytes());
            mac.update(field);
        }
        mac
    }

    /// The proof a response with this identity carries (64 lower-case hex digits).
    pub fn prove(&self, id: &ProofInput<'_>) -> String {
        hex::encode(self.mac(id).finalize().into_bytes())
    }

    /// Whether `proof` is this secret's proof for that identity (compared in constant time).
    pub fn verifies(&self, id: &ProofInput<'_>, proof: &str) -> bool {
        match hex::decode(proof) {
            Ok(tag) => self.mac(id).verify_slice(&tag).is_ok(),
            Err(_) => false,
        }
    }
}

/// What a proof vouches for: one response package, by one signer, answering one distribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProofInput<'a> {
    pub campaign: FiscalYear,
    pub department: &'a str,
    pub package_id: &'a str,
    pub revision: u32,
    /// The signer's Ed25519 public key, 64 hex digits as the manifest writes it.
    pub signer: &'a str,
    pub distribution_id: &'a str,
}

impl<'a> ProofInput<'a> {
    /// The identity of a response whose manifest is this, answering `distribution_id`.
    pub fn of(manifest: &'a Manifest, distribution_id: &'a str) -> ProofInput<'a> {
        ProofInput {
            campaign: manifest.campaign,
            department: &manifest.department,
            package_id: &manifest.package_id,
            revision: manifest.revision,
            signer: &manifest.signer,
            distribution_id,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id<'a>(dept: &'a str, signer: &'a str) -> ProofInput<'a> {
        ProofInput {
            campaign: FiscalYear::new(2026).unwrap(),
            department: dept,
            package_id: "0123456789abcdef0123456789abcdef",
            revision: 1,
            signer,
            distribution_id: "fedcba9876543210fedcba9876543210",
        }
    }

    #[test]
    fn a_proof_holds_only_for_its_secret_and_its_own_package() {
        let secret = ResponseSecret::from_bytes(&[7; 32]).unwrap();
        let other = ResponseSecret::from_bytes(&[8; 32]).unwrap();
        let proof = secret.prove(&id("5020", "aa"));
        assert_eq!(proof.len(), 64);
        assert!(secret.verifies(&id("5020", "aa"), &proof));
        assert!(!other.verifies(&id("5020", "aa"), &proof), "another section's secret");
        assert!(!secret.verifies(&id("5010", "aa"), &proof), "another section");
        assert!(!secret.verifies(&id("5020", "bb"), &proof), "another signer");
        let mut later = id("5020", "aa");
        later.revision = 2;
        assert!(!secret.verifies(&later, &proof), "another revision");
        assert!(!secret.verifies(&id("5020", "aa"), "zz"));
        assert!(!secret.verifies(&id("5020", "aa"), &proof[..62]));
        // Fields are length-prefixed: moving a character from one field to the next changes the proof.
        assert_ne!(secret.prove(&id("50", "20aa")), secret.prove(&id("5020", "aa")));
    }

    #[test]
    fn secrets_travel_as_hex_and_never_show_in_debug() {
        let secret = ResponseSecret::generate().unwrap();
        assert_eq!(ResponseSecret::from_hex(&secret.to_hex()), Some(secret.clone()));
        assert_eq!(ResponseSecret::from_hex(&secret.to_hex().to_uppercase()), None);
        assert_eq!(ResponseSecret::from_hex("00"), None);
        assert!(!format!("{secret:?}").contains(&secret.to_hex()));
        assert_ne!(ResponseSecret::generate().unwrap(), secret);
    }
}
