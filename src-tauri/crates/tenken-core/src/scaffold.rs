//! Being written by helper: starting TOML from a policy text.
