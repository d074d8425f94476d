//! Writes sample reports from synthetic data: `cargo run -p tenken-report --example sample -- OUT_DIR [SECTIONS ITEMS]`.

use tenken_i18n::{Lang, Localizer};
use tenken_report::{ReportOptions, audit_report, section_report, synthetic};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let out = std::path::PathBuf::from(args.get(1).map_or("/tmp/tenken-sample", String::as_str));
    let sections = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(20);
    let items = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(65);
    std::fs::create_dir_all(&out)?;
    let font = tenken_report::load_font(None)?;
    let data = synthetic::campaign(sections, items);
    let opts = ReportOptions { generated_on: chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default() };
    for lang in Lang::ALL {
        let l = Localizer::new(lang);
        let r = audit_report(&data, &font, &l, &opts)?;
        std::fs::write(out.join(format!("audit-{lang}.pdf")), &r.bytes)?;
        println!("audit {lang}: {} pages, {} bytes", r.pages, r.bytes.len());
        let one = synthetic::one_section(&data, 0);
        let r = section_report(&one, &font, &l, &opts)?;
        std::fs::write(out.join(format!("section-{lang}.pdf")), &r.bytes)?;
        println!("section {lang}: {} pages, {} bytes", r.pages, r.bytes.len());
    }
    Ok(())
}
