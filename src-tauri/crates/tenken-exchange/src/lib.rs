//! tenken-exchange: packages for terminals with no network.
//!
//! Sections on マイナンバー利用事務系 terminals reach the auditor only through
//! files on approved media. This crate is the file format and its rules, as
//! pure functions: contents and a key in, bytes out ([`build_distribution`],
//! [`build_response`]); bytes in, verified contents or a typed refusal out
//! ([`open`]); and the decisions an import makes ([`rules`]). It reads no
//! file, opens no database and never touches a socket; the only impure
//! functions draw random bytes for new keys and package ids ([`keys`]).

pub mod binding;
pub mod contents;
pub mod format;
pub mod keys;
pub mod rules;

pub use binding::{ProofInput, ResponseSecret};
pub use contents::{
    Contents, Distribution, LOGGED_ACTIONS, Response, SentAnswer, SentEvent, SentFinding, SentFollowUp, SentHistory,
    SentLogEvent,
};
pub use format::{
    BuildError, FORMAT_VERSION, Header, Kind, Limits, Manifest, Package, PackageError, build_distribution,
    build_response, open, open_with_limits, sha256_hex,
};
pub use keys::{Fingerprint, KeyError, PublicKey, SecretKey, new_package_id};
pub use rules::{Party, PinDecision, Refusal};

#[cfg(test)]
mod tests;
