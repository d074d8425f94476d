//! The rules of the auditor's passphrase: how long a new one must be, that it
//! was typed the same twice, and how long a wrong one makes the next try wait.
//! Hashing (Argon2id) and storing are the store's; this module only decides.

use std::time::Duration;

use thiserror::Error;

use crate::message::{Describe, Message};

/// The shortest passphrase accepted, in characters (a Japanese phrase counts
/// its characters, not its bytes).
pub const MIN_CHARS: usize = 8;
/// The longest passphrase accepted, in characters: enough for any phrase,
/// small enough that hashing stays quick.
pub const MAX_CHARS: usize = 256;
/// The wait after the first wrong passphrase.
pub const FIRST_DELAY: Duration = Duration::from_secs(1);
/// The longest wait, however many wrong passphrases came before.
pub const MAX_DELAY: Duration = Duration::from_secs(16);

/// Why a passphrase was refused. Nothing was changed.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PassphraseError {
    #[error("the passphrase is shorter than {min} characters")]
    TooShort { min: usize },
    #[error("the passphrase is longer than {max} characters")]
    TooLong { max: usize },
    #[error("the two passphrases differ")]
    Mismatch,
    #[error("the passphrase is wrong")]
    Wrong,
    #[error("no passphrase is set")]
    NotSet,
    #[error("a passphrase is needed")]
    Missing,
}

impl Describe for PassphraseError {
    fn message(&self) -> Message {
        match self {
            PassphraseError::TooShort { min } => Message::new("auth-too-short").arg("min", *min),
            PassphraseError::TooLong { max } => Message::new("auth-too-long").arg("max", *max),
            PassphraseError::Mismatch => Message::new("auth-mismatch"),
            PassphraseError::Wrong => Message::new("auth-wrong"),
            PassphraseError::NotSet => Message::new("auth-not-set"),
            PassphraseError::Missing => Message::new("auth-missing"),
        }
    }
}

/// Checks a new passphrase and its confirmation (typed a second time).
pub fn check_new(passphrase: &str, confirmation: &str) -> Result<(), PassphraseError> {
    let n = passphrase.chars().count();
    if n < MIN_CHARS {
        return Err(PassphraseError::TooShort { min: MIN_CHARS });
    }
    if n > MAX_CHARS {
        return Err(PassphraseError::TooLong { max: MAX_CHARS });
    }
    if passphrase != confirmation {
        return Err(PassphraseError::Mismatch);
    }
    Ok(())
}

/// How long to wait before refusing the `failures`-th wrong passphrase in a
/// row (1 = the first): 1 s, doubling each time, at most [`MAX_DELAY`]. The
/// wait makes guessing slow; the count starts again after a right one.
pub fn failure_delay(failures: u32) -> Duration {
    let doublings = failures.saturating_sub(1).min(16);
    FIRST_DELAY.saturating_mul(1u32 << doublings).min(MAX_DELAY)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_passphrase_is_long_enough_and_typed_twice_the_same() {
        assert_eq!(check_new("short", "short"), Err(PassphraseError::TooShort { min: 8 }));
        assert_eq!(check_new("情報政策課の合言葉", "情報政策課の合言葉"), Ok(()), "characters, not bytes");
        assert_eq!(check_new("正しい馬電池", "正しい馬電池"), Err(PassphraseError::TooShort { min: 8 }));
        assert_eq!(check_new("correct horse", "correct horse "), Err(PassphraseError::Mismatch));
        let long = "x".repeat(MAX_CHARS + 1);
        assert_eq!(check_new(&long, &long), Err(PassphraseError::TooLong { max: MAX_CHARS }));
    }

    #[test]
    fn each_wrong_passphrase_waits_longer_up_to_a_cap() {
        let secs: Vec<u64> = (1..=7).map(|n| failure_delay(n).as_secs()).collect();
        assert_eq!(secs, [1, 2, 4, 8, 16, 16, 16]);
        assert_eq!(failure_delay(0), FIRST_DELAY);
        assert_eq!(failure_delay(u32::MAX), MAX_DELAY);
    }
}
