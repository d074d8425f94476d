//! `cargo fuzz run package_signed`: see ../README.md. The check itself is in ../checks/package.rs.
#![no_main]

include!("../checks/package.rs");

libfuzzer_sys::fuzz_target!(|data: &[u8]| check_signed_package(data));
