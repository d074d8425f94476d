//! Timing of the reports on a large ward (not a test: nothing is asserted).
//!
//! `cargo bench -p tenken-report --bench report`
//!
//! Targets (DESIGN.md): the consolidated PDF of 250 sections × 120 items in
//! ≤ 1.5 s and ≤ 1.5 MB; one section's PDF in ≤ 100 ms.

use std::time::{Duration, Instant};

use tenken_i18n::{Lang, Localizer};
use tenken_report::export::{answers_table, findings_table, to_xlsx};
use tenken_report::{ReportOptions, Typeface, audit_report, section_report, synthetic};

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, Duration, T) {
    let mut times = Vec::with_capacity(runs);
    let mut last = None;
    for _ in 0..runs {
        let start = Instant::now();
        last = Some(f());
        times.push(start.elapsed());
    }
    times.sort();
    let out = last.unwrap_or_else(|| unreachable!("runs > 0"));
    (times[0], times[times.len() / 2], out)
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // `cargo bench` passes `--bench`; a filter argument is accepted and ignored.
    let (sections, items) = (250, 120);
    let opts = ReportOptions { generated_on: chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default() };
    let ja = Localizer::new(Lang::Ja);

    let (_, font_median, font) = time(5, || tenken_report::load_font(None));
    let font = font?;
    let text = font.face(Typeface::Text);
    println!("font: {} ({}), load median {}", text.family(), text.path().display(), ms(font_median));

    let data = synthetic::campaign(sections, items);
    println!(
        "data: {} sections × {} items, {} answers asking for improvement",
        sections,
        data.questionnaire.item_count(),
        data.improvements().count()
    );

    let (best, median, r) = time(5, || audit_report(&data, &font, &ja, &opts));
    let r = r?;
    println!(
        "audit report (ja): best {}, median {}, {} pages, {:.2} MB",
        ms(best),
        ms(median),
        r.pages,
        r.bytes.len() as f64 / 1_048_576.0
    );

    let en = Localizer::new(Lang::En);
    let (best, median, r) = time(3, || audit_report(&data, &font, &en, &opts));
    let r = r?;
    println!(
        "audit report (en): best {}, median {}, {} pages, {:.2} MB",
        ms(best),
        ms(median),
        r.pages,
        r.bytes.len() as f64 / 1_048_576.0
    );

    let one = synthetic::one_section(&data, 7);
    let (best, median, r) = time(20, || section_report(&one, &font, &ja, &opts));
    let r = r?;
    println!(
        "section report (ja, {} items): best {}, median {}, {} pages, {} KB",
        one.questionnaire.item_count(),
        ms(best),
        ms(median),
        r.pages,
        r.bytes.len() / 1024
    );
    let (best, median, _) = time(5, || {
        let font = tenken_report::load_font(None)?;
        section_report(&one, &font, &ja, &opts)
    });
    println!("section report including finding and loading the font: best {}, median {}", ms(best), ms(median));

    let (best, median, bytes) = time(3, || to_xlsx(&findings_table(&data, &ja)));
    println!("findings .xlsx: best {}, median {}, {} KB", ms(best), ms(median), bytes?.len() / 1024);
    let (best, median, bytes) = time(3, || to_xlsx(&answers_table(&data, &ja)));
    println!(
        "answers .xlsx ({} rows): best {}, median {}, {} KB",
        sections * items,
        ms(best),
        ms(median),
        bytes?.len() / 1024
    );
    Ok(())
}
