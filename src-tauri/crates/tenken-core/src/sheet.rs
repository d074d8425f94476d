//! Being written by helper: checklist rows from a spreadsheet → TOML.
