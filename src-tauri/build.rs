//! Embeds the built window (`ui/dist`), the icons and the configuration.
//! The context is generated here (not in a macro) so that a rebuilt `ui/dist`
//! is picked up by `cargo build` without touching the Rust sources.

fn main() {
    let dist = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/dist/index.html");
    if !dist.exists() {
        // Clearer than tauri's own message: say what to run.
        println!(
            "cargo::error=the window is not built ({} is missing) — run `npm --prefix ui ci && npm --prefix ui run build` first (src-tauri/run.sh does it)",
            dist.display()
        );
        return;
    }
    let attributes = tauri_build::Attributes::new().codegen(tauri_build::CodegenContext::new());
    if let Err(e) = tauri_build::try_build(attributes) {
        println!("cargo::error=tauri-build failed: {e:#}");
    }
}
