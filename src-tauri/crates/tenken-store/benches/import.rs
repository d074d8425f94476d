//! Benchmark (not a test, nothing asserted about time): a large ward's
//! import day. 250 sections answer a checklist of 120 items each; the auditor
//! distributes, then imports the 250 response packages in one run (one
//! verification, one transaction each, one backup first).
//!
//! Run: `cargo bench -p tenken-store --bench import`

use std::fmt::Write as _;
use std::time::Instant;

use tenken_core::FiscalYear;
use tenken_core::answer::{Answer, AnswerValue, ImprovementPlan};
use tenken_core::campaign::SectionState;
use tenken_core::questionnaire::parse_questionnaire;
use tenken_exchange::{Header, Response, SecretKey, SentAnswer, SentHistory};
use tenken_store::Store;
use tenken_store::exchange::{Outcome, Verified};

const SECTIONS: usize = 250;
const SECTIONS_PER_CLAUSE: usize = 10;
const ITEMS: usize = 120;

/// A checklist of 120 items (12 clauses × 10), every item for every tier.
fn questionnaire_toml() -> String {
    let mut t = String::from(
        "[questionnaire]\nid = \"bench\"\nmunicipality = \"ベンチ区\"\ntitle = \"ベンチ区 自己点検票\"\n\
         policy = \"ベンチ区情報セキュリティ基本方針\"\npolicy_effective = 2025-04-01\n\
         tiers = [\"mynumber\", \"lgwan\", \"internet\"]\n",
    );
    for c in 0..ITEMS / SECTIONS_PER_CLAUSE {
        let _ = write!(
            t,
            "\n[[section]]\nclause = \"{}\"\ntitle = \"条項{}\"\nsummary = \"条項{}の趣旨。\"\n",
            c + 1,
            c + 1,
            c + 1
        );
        for i in 0..SECTIONS_PER_CLAUSE {
            let _ = write!(
                t,
                "\n[[section.item]]\nid = \"bench-{}-{}\"\ntext = \"課の業務で、点検項目{}-{}の対策を実施しているか。\"\n",
                c + 1,
                i + 1,
                c + 1,
                i + 1
            );
        }
    }
    t
}

fn main() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let db = dir.path().join("auditor.db");
    let toml = questionnaire_toml();
    let q = parse_questionnaire(&toml).expect("the bench checklist validates");
    assert_eq!(q.item_count(), ITEMS);
    let year = FiscalYear::new(2026).expect("year");

    let mut csv = String::from("code,name,parent,tiers\nD,ベンチ部,,\n");
    for s in 0..SECTIONS {
        let _ = writeln!(csv, "S{s:03},第{s}課,D,lgwan");
    }
    let mut store = Store::create(&db).expect("database");
    store.import_departments(csv.as_bytes()).expect("departments");
    store.open_campaign(year, &q, &toml, false).expect("campaign");

    let t = Instant::now();
    let distributions = store.distribute(year, &[]).expect("distribute");
    let distribute_time = t.elapsed();

    // Each section's terminal, made directly through the package format (250
    // separate databases would only measure the section side 250 times).
    let due = chrono::NaiveDate::from_ymd_opt(2027, 3, 31).expect("date");
    let files: Vec<(String, Vec<u8>)> = distributions
        .iter()
        .enumerate()
        .map(|(n, d)| {
            let key = SecretKey::from_seed([u8::try_from(n % 251).unwrap_or(0) + 1; 32]);
            let answers: Vec<SentAnswer> = q
                .items()
                .enumerate()
                .map(|(i, (_, item))| {
                    let partial = i % 10 == 3;
                    SentAnswer {
                        answer: Answer {
                            item_id: item.id.clone(),
                            value: Some(if partial { AnswerValue::Partial } else { AnswerValue::Yes }),
                            comment: "課内で点検し、記録を保管している。".to_owned(),
                            na_reason: String::new(),
                            plan: partial.then(|| ImprovementPlan {
                                action: "未対応の端末を年度内に設定する。".to_owned(),
                                owner: Some("庶務係長".to_owned()),
                                due,
                            }),
                            unconfirmed: false,
                        },
                        revision: 2,
                        saved_at: "2026-06-01T10:00:00+09:00".to_owned(),
                    }
                })
                .collect();
            let history = answers
                .iter()
                .map(|a| SentHistory {
                    answer: Answer { unconfirmed: true, ..a.answer.clone() },
                    revision: 1,
                    saved_at: "2026-05-01T10:00:00+09:00".to_owned(),
                    replaced_at: "2026-06-01T10:00:00+09:00".to_owned(),
                })
                .collect();
            let response = Response {
                distribution_id: d.package_id.clone(),
                state: SectionState::Submitted,
                submitted_at: Some("2026-06-02T10:00:00+09:00".to_owned()),
                answers,
                history,
                events: vec![],
            };
            let header = Header {
                package_id: format!("{:032x}", n + 1),
                campaign: 2026,
                department: d.dept.clone(),
                questionnaire_hash: q.hash(),
                revision: 1,
                created_at: "2026-06-02T10:00:00+09:00".to_owned(),
            };
            let bytes = tenken_exchange::build_response(&header, &response, &key).expect("response");
            (format!("{}.tenken", d.dept), bytes)
        })
        .collect();
    let size = files[0].1.len();
    let total: usize = files.iter().map(|(_, b)| b.len()).sum();

    let t = Instant::now();
    for (_, bytes) in &files {
        Verified::new(bytes.clone()).expect("verifies");
    }
    let verify_time = t.elapsed();

    let run_files = files.clone();
    let inputs = files.into_iter().map(|(l, b)| (l, Ok(b))).collect();
    let t = Instant::now();
    let run = store.import_files(inputs, &mut |_, _, _| {});
    let import_time = t.elapsed();
    let imported = run.lines.iter().filter(|l| matches!(&l.result, Ok(t) if t.outcome == Outcome::Imported)).count();
    assert_eq!(imported, SECTIONS, "every package imported: {:?}", run.lines.iter().find(|l| l.result.is_err()));
    let db_size = std::fs::metadata(&db).map(|m| m.len()).unwrap_or(0);

    // The same 250 again: all "already imported", no transaction writes, no backup.
    let again = run_files.into_iter().map(|(l, b)| (l, Ok(b))).collect();
    let t = Instant::now();
    let rerun = store.import_files(again, &mut |_, _, _| {});
    let rerun_time = t.elapsed();
    assert!(rerun.backup.is_none());
    // What one automatic backup of the full database costs (the next import's first step).
    let t = Instant::now();
    let extra = store.backup_auto("manual").expect("backup");
    let backup_time = t.elapsed();
    let _ = std::fs::remove_file(extra);

    println!("tenken import benchmark ({SECTIONS} sections × {ITEMS} answers, with one earlier value each in history)");
    println!("  distribute {SECTIONS} packages:        {distribute_time:>10.2?}");
    println!("  verify {SECTIONS} responses (no DB):   {verify_time:>10.2?}");
    println!(
        "  import {SECTIONS} responses (1 run):   {import_time:>10.2?}  (incl. 1 backup, {SECTIONS} transactions)"
    );
    println!("  re-import the same 250 (no change): {rerun_time:>10.2?}");
    println!("  backup of the {db_size}-byte database: {backup_time:>10.2?}");
    println!("  one response package:            {size:>10} bytes");
    println!("  all response packages:           {total:>10} bytes");
    println!("  auditor database after import:   {db_size:>10} bytes");
    println!("  backup: {}", run.backup.map(|p| p.display().to_string()).unwrap_or_default());
}
