//! `cargo fuzz run department_csv`: see ../README.md. The check itself is in ../checks/department_csv.rs.
#![no_main]

include!("../checks/department_csv.rs");

libfuzzer_sys::fuzz_target!(|data: &[u8]| check_department_csv(data));
