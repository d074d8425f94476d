//! `cargo fuzz run checklist`: see ../README.md. The check itself is in ../checks/checklist.rs.
#![no_main]

include!("../checks/checklist.rs");

libfuzzer_sys::fuzz_target!(|data: &[u8]| check_checklist(data));
