//! `tenken-app`: the desktop window of tenken. All of it lives in the library
//! (`tenken_app::run`) so the tests can reach the commands and the IPC types.

// No console window beside the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() -> std::process::ExitCode {
    tenken_app::run()
}
