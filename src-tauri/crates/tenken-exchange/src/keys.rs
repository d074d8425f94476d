//! Keys: each installation's Ed25519 key pair, and fingerprints short enough
//! to read aloud over the phone.
//!
//! A fingerprint is the first 128 bits of the SHA-256 of the public key,
//! written as eight groups of four upper-case hex digits
//! (`3F2A-91C0-5B7E-D104-8C3A-0F12-9E44-A7B1`). Eight groups are what two
//! clerks can compare on a call in under a minute; 128 bits is far beyond
//! what anyone could forge a matching key for.

use std::fmt;

use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use sha2::{Digest, Sha256};
use tenken_core::message::{Describe, Message};
use thiserror::Error;

/// Why a key or a fingerprint could not be made or read.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum KeyError {
    #[error("the operating system gave no random bytes: {0}")]
    Random(String),
    #[error("a stored secret key has the wrong length")]
    BadSecret,
    #[error("{0:?} is not an Ed25519 public key")]
    BadPublicKey(String),
    #[error("{0:?} is not a fingerprint (8 groups of 4 hex digits)")]
    BadFingerprint(String),
}

impl Describe for KeyError {
    fn message(&self) -> Message {
        match self {
            KeyError::Random(detail) => Message::new("key-random-failed").arg("detail", detail),
            KeyError::BadSecret => Message::new("key-bad-secret"),
            KeyError::BadPublicKey(key) => Message::new("key-bad-public-key").arg("key", key),
            KeyError::BadFingerprint(text) => Message::new("key-bad-fingerprint").arg("text", text),
        }
    }
}

/// Fills `buf` from the operating system's random source (never a socket).
pub(crate) fn random(buf: &mut [u8]) -> Result<(), KeyError> {
    getrandom::fill(buf).map_err(|e| KeyError::Random(e.to_string()))
}

/// A new package id: 128 random bits as 32 lower-case hex digits, so two
/// packages never share an id even across installations.
pub fn new_package_id() -> Result<String, KeyError> {
    let mut id = [0u8; 16];
    random(&mut id)?;
    Ok(hex::encode(id))
}

/// An installation's secret signing key. `Debug` never shows the secret.
#[derive(Clone)]
pub struct SecretKey(SigningKey);

impl fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("SecretKey").field(&self.public().fingerprint().to_string()).finish()
    }
}

impl SecretKey {
    /// A fresh key from the operating system's random source (first start of an installation).
    pub fn generate() -> Result<SecretKey, KeyError> {
        let mut seed = [0u8; 32];
        random(&mut seed)?;
        Ok(SecretKey::from_seed(seed))
    }

    /// The key with this 32-byte seed (deterministic tests, and keys read back from the database).
    pub fn from_seed(seed: [u8; 32]) -> SecretKey {
        SecretKey(SigningKey::from_bytes(&seed))
    }

    /// The key as stored; refuses anything but 32 bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<SecretKey, KeyError> {
        let seed: [u8; 32] = bytes.try_into().map_err(|_| KeyError::BadSecret)?;
        Ok(SecretKey::from_seed(seed))
    }

    /// The 32 bytes to store.
    pub fn to_bytes(&self) -> [u8; 32] {
        self.0.to_bytes()
    }

    /// The public half, which travels in every package this key signs.
    pub fn public(&self) -> PublicKey {
        PublicKey(self.0.verifying_key())
    }

    /// Signs `message` (the manifest's exact bytes).
    pub(crate) fn sign(&self, message: &[u8]) -> [u8; 64] {
        self.0.sign(message).to_bytes()
    }
}

/// An Ed25519 public key, written as 64 lower-case hex digits in manifests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PublicKey(VerifyingKey);

impl PublicKey {
    /// Reads the hex form; refuses anything that is not a valid, non-weak key.
    pub fn from_hex(text: &str) -> Result<PublicKey, KeyError> {
        let bad = || KeyError::BadPublicKey(text.chars().take(80).collect());
        if text.len() != 64 || !text.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)) {
            return Err(bad());
        }
        let bytes: [u8; 32] = hex::decode(text).map_err(|_| bad())?.try_into().map_err(|_| bad())?;
        let key = VerifyingKey::from_bytes(&bytes).map_err(|_| bad())?;
        if key.is_weak() {
            return Err(bad());
        }
        Ok(PublicKey(key))
    }

    /// The hex form written into manifests and the database.
    pub fn to_hex(&self) -> String {
        hex::encode(self.0.as_bytes())
    }

    /// What people compare: see [`Fingerprint`].
    pub fn fingerprint(&self) -> Fingerprint {
        let digest = Sha256::digest(self.0.as_bytes());
        let mut fp = [0u8; 16];
        fp.copy_from_slice(&digest[..16]);
        Fingerprint(fp)
    }

    /// Whether `signature` is this key's signature of `message` (strict
    /// verification: no malleable or small-order forms).
    pub(crate) fn verifies(&self, message: &[u8], signature: &[u8; 64]) -> bool {
        self.0.verify_strict(message, &Signature::from_bytes(signature)).is_ok()
    }
}

/// A key's fingerprint: 128 bits, shown as `3F2A-91C0-…` (8 groups).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Fingerprint([u8; 16]);

impl Fingerprint {
    /// Reads a fingerprint as a person types it: any case, with or without
    /// hyphens or spaces, full-width digits and letters accepted.
    pub fn parse(text: &str) -> Result<Fingerprint, KeyError> {
        let mut digits = String::with_capacity(32);
        for c in text.chars() {
            let c = match c {
                '０'..='９' | 'Ａ'..='Ｆ' | 'ａ'..='ｆ' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
                c => c,
            };
            match c {
                '-' | ' ' | '　' | '－' | 'ー' | ':' => {}
                c if c.is_ascii_hexdigit() => digits.push(c.to_ascii_lowercase()),
                _ => return Err(KeyError::BadFingerprint(text.chars().take(80).collect())),
            }
        }
        let bytes: [u8; 16] = hex::decode(&digits)
            .ok()
            .and_then(|b| b.try_into().ok())
            .ok_or_else(|| KeyError::BadFingerprint(text.chars().take(80).collect()))?;
        Ok(Fingerprint(bytes))
    }

    /// The compact form stored in the database (32 lower-case hex digits).
    pub fn to_hex(&self) -> String {
        hex::encode(self.0)
    }
}

impl fmt::Display for Fingerprint {
    /// `3F2A-91C0-5B7E-D104-8C3A-0F12-9E44-A7B1`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let hex = hex::encode_upper(self.0);
        let groups: Vec<&str> = (0..8).map(|i| &hex[i * 4..i * 4 + 4]).collect();
        f.write_str(&groups.join("-"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_read_back_however_they_are_typed() {
        let key = SecretKey::from_seed([7; 32]).public();
        let fp = key.fingerprint();
        let shown = fp.to_string();
        assert_eq!(shown.len(), 39);
        assert_eq!(shown.split('-').count(), 8);
        assert_eq!(Fingerprint::parse(&shown).unwrap(), fp);
        assert_eq!(Fingerprint::parse(&shown.to_lowercase().replace('-', " ")).unwrap(), fp);
        assert_eq!(Fingerprint::parse(&fp.to_hex()).unwrap(), fp);
        let wide: String = shown
            .chars()
            .map(|c| if c.is_ascii_digit() { char::from_u32(c as u32 + 0xFEE0).unwrap() } else { c })
            .collect();
        assert_eq!(Fingerprint::parse(&wide).unwrap(), fp);
        assert!(Fingerprint::parse("3F2A-91C0").is_err());
        assert!(Fingerprint::parse(&format!("{shown}-0000")).is_err());
        assert!(Fingerprint::parse("XYZ").is_err());
    }

    #[test]
    fn keys_sign_and_verify_and_hex_round_trips() {
        let secret = SecretKey::from_seed([1; 32]);
        let public = secret.public();
        let sig = secret.sign(b"manifest");
        assert!(public.verifies(b"manifest", &sig));
        assert!(!public.verifies(b"manifesT", &sig));
        assert_eq!(PublicKey::from_hex(&public.to_hex()).unwrap(), public);
        assert!(PublicKey::from_hex(&public.to_hex().to_uppercase()).is_err());
        assert!(PublicKey::from_hex("00").is_err());
        assert_eq!(SecretKey::from_bytes(&secret.to_bytes()).unwrap().public(), public);
        assert_eq!(SecretKey::from_bytes(&[0; 31]).unwrap_err(), KeyError::BadSecret);
        assert!(!format!("{secret:?}").contains(&hex::encode(secret.to_bytes())));
    }

    #[test]
    fn generated_keys_and_ids_differ() {
        let a = SecretKey::generate().unwrap();
        let b = SecretKey::generate().unwrap();
        assert_ne!(a.public(), b.public());
        let id = new_package_id().unwrap();
        assert_eq!(id.len(), 32);
        assert_ne!(id, new_package_id().unwrap());
    }
}
