use super::heading::{CUT, heading_of};
use super::*;
use crate::questionnaire::{QuestionnaireErrorKind, parse_questionnaire};

fn numbered(parent: &str, dotted: bool, n: u32) -> Vec<String> {
    (1..=n).map(|i| if dotted { format!("{parent}.({i})") } else { format!("{parent}({i})") }).collect()
}

fn list(parts: &[&[String]]) -> Vec<String> {
    parts.iter().flat_map(|p| p.iter().cloned()).collect()
}

fn s(items: &[&str]) -> Vec<String> {
    items.iter().map(|x| (*x).to_owned()).collect()
}

fn find<'a>(tree: &'a [ClauseNode], clause: &str) -> &'a ClauseNode {
    fn walk<'a>(nodes: &'a [ClauseNode], clause: &str) -> Option<&'a ClauseNode> {
        nodes.iter().find_map(|n| if n.clause == clause { Some(n) } else { walk(&n.children, clause) })
    }
    walk(tree, clause).unwrap_or_else(|| panic!("clause {clause} not found"))
}

const DOTTED: &str = "\u{3000}見本区情報セキュリティ基本方針

 １．目 的 

  本区は、区民の情報を守るため、この方針を定める。

2. 対象範囲

(1) 行政機関の範囲

区長部局及び教育委員会とする。なお、行政手続における番号の利用等に関する法律（平成

25 年法律第 27 号）に基づく事務を含む。

（２）情報資産の範囲 

「（１）行政機関の範囲」に定める機関が扱う次の情報資産とする。

(4)の規定により準用する場合を除く。

（３） 文書 

①ネットワーク

② 情報システム

1.5倍の予備を持つ。

③ 文書（これらを印刷したものを含む。）

３．対策

（１）組織体制

(2) 人的対策 職員等が遵守すべき事項を定めるとともに、教育を行う。
(10) 番号の飛んだ行
3. 重複した番号
④ 親のない丸数字
４　見直し
  情報セキュリティポリシーを見直す。
";

#[test]
fn dotted_policy_with_mixed_widths_spaces_and_wrapped_lines() {
    let tree = clause_tree(DOTTED);
    assert_eq!(
        clause_list(&tree),
        s(&["1", "2", "2.(1)", "2.(2)", "2.(3)", "2.(3)①", "2.(3)②", "2.(3)③", "3", "3.(1)", "3.(2)", "4"])
    );
    assert_eq!(find(&tree, "1").heading, "目的");
    assert_eq!(find(&tree, "1").line, 3);
    assert_eq!(find(&tree, "2").heading, "対象範囲");
    assert_eq!(find(&tree, "2.(2)").heading, "情報資産の範囲");
    assert_eq!(find(&tree, "2.(3)").heading, "文書");
    assert_eq!(find(&tree, "2.(3)②").heading, "情報システム");
    assert_eq!(find(&tree, "2.(3)③").heading, "文書（これらを印刷したものを含む。）");
    assert_eq!(find(&tree, "3.(2)").heading, "人的対策");
    assert_eq!(find(&tree, "4").heading, "見直し");
    assert_eq!(find(&tree, "2").children.len(), 3);
    assert_eq!(find(&tree, "2.(3)").children.len(), 3);
}

const ARTICLES: &str = "情報セキュリティ基本方針

第１章　総則

（目的）
第１条　この方針は、市の情報資産を守るための基本的な事項を定める。

（定義）
第2条 この方針において、次の各号に掲げる用語の意義は、
それぞれ当該各号に定めるところによる。
(1) ネットワーク コンピュータを相互に接続する通信網をいう。
（２） 情報システム ハードウェア及びソフトウェアからなる仕組みをいう。
２　前項に定めるもののほか、必要な用語は別に定める。
第3条の規定により、
第３条（対策）　市は、次の対策を講ずる。
(1)物理的対策
①サーバ室の入退室管理
②端末の管理
(2)人的対策
第３条の２　市長は、毎年度、対策の実施状況を確認する。
第２章　見直し
（見直し）
第4条 市長は、必要に応じてこの方針を見直す。
第1項 この条の規定は、監査の結果にも適用する。
";

#[test]
fn article_policy_with_paragraphs_items_and_inserted_articles() {
    let tree = clause_tree(ARTICLES);
    assert_eq!(
        clause_list(&tree),
        s(&[
            "第1条",
            "第2条",
            "第2条(1)",
            "第2条(2)",
            "第2条第2項",
            "第3条",
            "第3条(1)",
            "第3条(1)①",
            "第3条(1)②",
            "第3条(2)",
            "第3条の2",
            "第4条",
            "第4条第1項",
        ])
    );
    assert_eq!(find(&tree, "第1条").heading, "目的");
    assert_eq!(find(&tree, "第2条").heading, "定義");
    assert_eq!(find(&tree, "第2条(2)").heading, "情報システム");
    assert_eq!(find(&tree, "第3条").heading, "対策");
    assert_eq!(find(&tree, "第3条の2").heading, "");
    assert_eq!(find(&tree, "第4条").heading, "見直し");
    assert_eq!(find(&tree, "第1条").line, 6);
}

#[test]
fn a_table_of_contents_is_dropped_when_the_numbering_restarts() {
    let text = "目次\n1. 目的\n2. 範囲\n\n1. 目的\n本文。\n2. 範囲\n(1) 行政機関\n";
    let tree = clause_tree(text);
    assert_eq!(clause_list(&tree), s(&["1", "2", "2.(1)"]));
    assert_eq!(tree[0].line, 5);
}

#[test]
fn headings_are_cut_to_titles_not_sentences() {
    assert_eq!(heading_of(" 目 的 "), "目的");
    assert_eq!(heading_of("LGWAN 接続系"), "LGWAN接続系");
    assert_eq!(heading_of("完全性 情報資産の正確さ及び完全さを保護する特性又はその程度を"), "完全性");
    assert_eq!(heading_of("ＬＧＷＡＮ接続系の情報システム 業務用システムをいう。"), "LGWAN接続系の情報システム");
    assert_eq!(
        heading_of("LGWAN 接続系においては、LGWAN と接続する業務用システムと、インターネット"),
        "LGWAN接続系においては"
    );
    assert_eq!(heading_of("外部サービス（クラウドサービス、以下「クラウドサービス」という。） "), "外部サービス");
    assert_eq!(
        heading_of("サイバーセキュリティ事象（以下「イベント」という。） 以下の「３"),
        "サイバーセキュリティ事象"
    );
    assert_eq!(
        heading_of("江戸川区学校教育情報管理安全対策要綱の適用を受ける情報資産（情報"),
        "江戸川区学校教育情報管理安全対策要綱の適用を受ける情報資産"
    );
    assert_eq!(
        heading_of("業務委託と外部サービス（クラウドサービス）の利用におけるセキュリティ対策"),
        "業務委託と外部サービス…"
    );
    let cut = heading_of("大規模・広範囲にわたる疾病による要員不足に伴うシステム運用の機能不全等");
    assert_eq!(cut.chars().count(), CUT + 1);
    assert!(cut.ends_with('…'));
    assert_eq!(heading_of("マイナンバー利用事務系(個人番号利用事務系)"), "マイナンバー利用事務系(個人番号利用事務系)");
}

#[test]
fn ids_numbers_and_letters() {
    assert_eq!(clause_numbers("6.(3)①"), vec![6, 3, 1]);
    assert_eq!(clause_numbers("第１０条の2第3項(12)⑳"), vec![10, 2, 3, 12, 20]);
    assert_eq!(normalize_id(" Toshima Ku "), "toshima-ku");
    assert_eq!(normalize_id("豊島区"), "checklist");
    assert_eq!(item_id_base(Some("x"), "6.(3)①", 0), "x-6-3-1");
    let mut used = HashSet::new();
    assert_eq!(fresh_id("x-2-2", &mut used), "x-2-2-a");
    assert_eq!(fresh_id("x-2-2", &mut used), "x-2-2-b");
}

/// Every error must be a placeholder; then filling them in must validate.
fn assert_scaffold_is_only_placeholders(toml_text: &str, leaves: usize) {
    let doc: toml::Table = toml::from_str(toml_text).expect("the scaffold is TOML");
    assert!(doc.contains_key("questionnaire"));
    let errors = parse_questionnaire(toml_text).expect_err("placeholders must be refused");
    assert!(!errors.is_empty());
    for e in &errors {
        assert!(matches!(e.kind, QuestionnaireErrorKind::Placeholder { .. }), "unexpected {e:?}");
    }
    let filled = toml_text
        .replace(&format!("policy_effective = \"{PLACEHOLDER_PREFIX}: 施行日\""), "policy_effective = 2025-04-01")
        .replace(&format!("\"{PLACEHOLDER_PREFIX}: "), "\"");
    let q = parse_questionnaire(&filled).unwrap_or_else(|e| panic!("filled scaffold refused: {e:?}"));
    assert_eq!(q.sections.len(), leaves);
    assert_eq!(q.item_count(), leaves);
}

#[test]
fn scaffold_of_both_styles_validates_once_filled() {
    let dotted = scaffold_toml(DOTTED, "mihon");
    assert!(dotted.contains("clause = \"2.(3)①\""));
    assert!(dotted.contains("id = \"mihon-2-3-1-a\""));
    assert!(dotted.contains("title = \"目的\""));
    assert_scaffold_is_only_placeholders(&dotted, 9);

    let articles = scaffold_toml(ARTICLES, "Mihon City");
    assert!(articles.contains("id = \"mihon-city-2-2-a\""));
    assert!(articles.contains("id = \"mihon-city-2-2-b\""), "第2条第2項 must not reuse 第2条(2)'s id");
    assert!(articles.contains("title = \"TODO: 見出し\""));
    assert_scaffold_is_only_placeholders(&articles, 9);

    let empty = scaffold_toml("方針\n本文のみ。\n", "x");
    assert!(toml::from_str::<toml::Table>(&empty).is_ok());
}

fn seed(name: &str) -> Option<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../../shared/seeds");
    if !dir.is_dir() {
        eprintln!("{} is absent; seed test skipped", dir.display());
        return None;
    }
    Some(std::fs::read_to_string(dir.join(name)).expect("seed readable"))
}

#[test]
fn toshima_seed_has_exactly_its_clauses() {
    let Some(text) = seed("000_d73f66296609ae63.txt") else { return };
    let tree = clause_tree(&text);
    let expected = list(&[
        &s(&["1", "2"]),
        &numbered("2", true, 16),
        &s(&["3"]),
        &numbered("3", true, 5),
        &s(&["4", "4.(1)", "4.(2)", "4.(2)①", "4.(2)②", "4.(2)③", "5", "6", "6.(1)", "6.(2)", "6.(3)"]),
        &s(&["6.(3)①", "6.(3)②", "6.(3)③", "6.(4)", "6.(5)", "6.(6)", "6.(7)", "6.(8)", "6.(9)"]),
        &s(&["7", "8", "9", "10", "11", "12"]),
    ]);
    assert_eq!(clause_list(&tree), expected);
    assert_eq!(find(&tree, "1").heading, "目的");
    assert_eq!(find(&tree, "2.(13)").heading, "職員");
    assert_eq!(find(&tree, "2.(14)").heading, "教職員");
    assert_eq!(find(&tree, "6.(1)").heading, "情報セキュリティ管理体制");
    assert_eq!(find(&tree, "6.(3)").heading, "情報システム全体の強靭性の向上");
    assert_eq!(find(&tree, "6.(3)②").heading, "LGWAN接続系においては");
    assert_eq!(find(&tree, "10").heading, "情報セキュリティ実施手順の策定");
    let parents = ["2", "3", "4", "4.(2)", "6", "6.(3)"];
    for p in parents {
        assert!(!find(&tree, p).children.is_empty());
    }
    assert_scaffold_is_only_placeholders(&scaffold_toml(&text, "toshima"), expected.len() - parents.len());
}

#[test]
fn edogawa_seed_has_exactly_its_clauses() {
    let Some(text) = seed("003_033b498d9c109fc0.txt") else { return };
    let tree = clause_tree(&text);
    let expected = list(&[
        &s(&["1", "2"]),
        &numbered("2", true, 18),
        &s(&["3"]),
        &numbered("3", true, 5),
        &s(&["4", "4.(1)", "4.(2)", "4.(2)①", "4.(2)②", "4.(2)③", "4.(2)④", "5", "6", "7"]),
        &numbered("7", true, 8),
        &s(&["8", "9", "10", "11", "12"]),
    ]);
    assert_eq!(clause_list(&tree), expected);
    assert_eq!(find(&tree, "2.(3)").heading, "サイバーセキュリティ");
    assert_eq!(find(&tree, "2.(9)").heading, "マイナンバー利用事務（個人番号利用事務）系の情報システム");
    assert_eq!(find(&tree, "2.(15)").heading, "外部サービス");
    assert_eq!(find(&tree, "7.(3)").heading, "情報システム全体の強じん性の向上");
    assert_eq!(find(&tree, "10").heading, "サイバーセキュリティポリシーの見直し");
    assert_eq!(find(&tree, "10").line, 288);
    let parents = ["2", "3", "4", "4.(2)", "7"];
    for p in parents {
        assert!(!find(&tree, p).children.is_empty());
    }
    assert_scaffold_is_only_placeholders(&scaffold_toml(&text, "edogawa"), expected.len() - parents.len());
}

/// 要綱 style: `第1` without 条, its heading in brackets on the line above,
/// `1`, `2` beneath, then `(1)`, `(2)`, then ア・イ, all in full-width digits.
const DAI: &str = "○○町情報セキュリティ対策要綱

（趣旨）
第１　この要綱は、町の情報資産を守るために必要な事項を定める。

（定義）
第２　この要綱において、次に掲げる用語の意義は、当該各号に定めるところによる。
（１）　情報資産　町が扱う情報及び情報システムをいう。
（２）　職員等　町の職員及び委託先の従業者をいう。

第３　対策
１　組織体制
（１）　統括責任者を置く。
（２）　各課に責任者を置く。
２　物理的対策
（１）　サーバ室
ア　入退室を記録する。
イ　鍵を管理する。
（２）　端末
３　人的対策
第３条の規定により別に定める。
（４）　番号が飛んだ行
第４　見直し
";

#[test]
fn dai_style_with_captions_numbers_parens_and_katakana() {
    let read = read_policy(DAI);
    assert_eq!(
        clause_list(&read.tree),
        s(&[
            "第1",
            "第2",
            "第2(1)",
            "第2(2)",
            "第3",
            "第3の1",
            "第3の1(1)",
            "第3の1(2)",
            "第3の2",
            "第3の2(1)",
            "第3の2(1)ア",
            "第3の2(1)イ",
            "第3の2(2)",
            "第3の3",
            "第4",
        ])
    );
    assert_eq!(find(&read.tree, "第1").heading, "趣旨");
    assert_eq!(find(&read.tree, "第2").heading, "定義");
    assert_eq!(find(&read.tree, "第3").heading, "対策");
    assert_eq!(find(&read.tree, "第3の2").heading, "物理的対策");
    assert_eq!(find(&read.tree, "第3の2(1)").heading, "サーバ室");
    assert_eq!(find(&read.tree, "第4").heading, "見直し");
    assert_eq!(read.unplaced, vec![Unplaced { line: 22, text: "（４）　番号が飛んだ行".into() }]);
    let out = scaffold(DAI, "chou");
    assert!(out.toml.contains("id = \"chou-3-2-1-1-a\""), "ア gives 1 in the id");
    assert_scaffold_is_only_placeholders(&out.toml, 10);
}

/// Text copied out of a PDF: each number alone on its line, its heading on
/// the next, page numbers alone between pages.
const PDF: &str = "情報セキュリティ基本方針
１
目的
　この方針は、村の情報資産を守るために定める。
２
対象範囲
（１）
行政機関
　村長部局及び教育委員会とする。
（２）
情報資産
　ネットワーク及び情報システムとする。
3
３
対策
　村は、組織的、人的、技術的な対策を講ずる。
4
見直し
";

#[test]
fn a_number_alone_takes_its_heading_from_the_next_line_and_page_numbers_are_skipped() {
    let read = read_policy(PDF);
    assert_eq!(clause_list(&read.tree), s(&["1", "2", "2.(1)", "2.(2)", "3", "4"]));
    assert_eq!(find(&read.tree, "1").heading, "目的");
    assert_eq!(find(&read.tree, "2.(2)").heading, "情報資産");
    assert_eq!(find(&read.tree, "3").heading, "対策");
    assert_eq!(find(&read.tree, "3").line, 14, "the page number 3 on line 13 is not the clause");
    assert_eq!(find(&read.tree, "4").heading, "見直し");
    assert!(read.unplaced.is_empty(), "{:?}", read.unplaced);
}

/// Full-width digits and brackets throughout, circled numbers, katakana under them.
const WIDE: &str = "１．　目的
本市の情報資産を守る。
２．　対策
（１）　物理的対策
①　サーバ
ア　施錠する。
イ　記録する。
②　端末
（２）　人的対策
（ア）　研修
（イ）　訓練
３．　用語の意義
（１）　ＬＧＷＡＮ　地方公共団体を相互に接続する行政専用のネットワークをいう。
１０．　番号の飛んだ見出し
";

#[test]
fn full_width_numbers_circled_numbers_and_katakana_in_a_dotted_text() {
    let read = read_policy(WIDE);
    assert_eq!(
        clause_list(&read.tree),
        s(&[
            "1",
            "2",
            "2.(1)",
            "2.(1)①",
            "2.(1)①ア",
            "2.(1)①イ",
            "2.(1)②",
            "2.(2)",
            "2.(2)(ア)",
            "2.(2)(イ)",
            "3",
            "3.(1)",
        ])
    );
    assert_eq!(find(&read.tree, "3.(1)").heading, "LGWAN");
    assert_eq!(read.unplaced, vec![Unplaced { line: 14, text: "１０．　番号の飛んだ見出し".into() }]);
    let out = scaffold(WIDE, "shi");
    assert_eq!(out.definitions, s(&["3"]));
    assert!(out.toml.contains("定義の条項: 課が点検する事項がなければ"), "{}", out.toml);
    assert!(out.toml.contains("# 方針の 13 行目。定義の条項の用語"), "{}", out.toml);
    assert!(out.toml.contains("方針の 14 行目: １０．　番号の飛んだ見出し"), "{}", out.toml);
    assert_scaffold_is_only_placeholders(&out.toml, 7);
}

/// ①② as the only numbering, with ア under them.
#[test]
fn circled_numbers_alone_are_clauses() {
    let read = read_policy("方針\n① 目的\n② 対策\nア 物理的対策\nイ 人的対策\n③ 見直し\n");
    assert_eq!(clause_list(&read.tree), s(&["①", "②", "②ア", "②イ", "③"]));
    assert_eq!(find(&read.tree, "②イ").heading, "人的対策");
}

/// What the command says it wrote is what it wrote: every clause is a
/// section or a parent comment, and the counts add up.
#[test]
fn the_counts_say_what_was_written() {
    for text in [DOTTED, ARTICLES, DAI, PDF, WIDE] {
        let out = scaffold(text, "x");
        let tree = clause_tree(text);
        assert_eq!(out.clauses, clause_list(&tree).len());
        assert_eq!(out.sections + out.parents, out.clauses);
        assert_eq!(out.toml.matches("[[section]]\n").count(), out.sections);
        assert_eq!(out.toml.matches("\n# ── ").count(), out.parents);
    }
}

/// The scaffold speaks to any municipality, and its date is a placeholder.
#[test]
fn the_scaffold_is_worded_for_any_municipality_and_its_date_does_not_validate() {
    let out = scaffold_toml(DOTTED, "x");
    for word in ["区のネットワーク", "区全体"] {
        assert!(!out.contains(word), "{word} in {out}");
    }
    assert!(out.contains("市、○○町、○○村、○○区"));
    let errors = parse_questionnaire(&out).unwrap_err();
    assert!(
        errors.iter().any(|e| e.kind == QuestionnaireErrorKind::Placeholder { key: "policy_effective".into() }),
        "{errors:?}"
    );
}

#[test]
fn seeds_have_no_unplaced_lines_and_one_definition_clause() {
    for name in ["000_d73f66296609ae63.txt", "003_033b498d9c109fc0.txt"] {
        let Some(text) = seed(name) else { return };
        let read = read_policy(&text);
        assert_eq!(read.unplaced, vec![], "{name}");
        let out = scaffold(&text, "x");
        assert_eq!(out.definitions, s(&["2"]), "{name}");
    }
}

/// A table of contents whose lines carry leader dots and page numbers.
#[test]
fn a_contents_list_with_leader_dots_is_dropped() {
    let text = "目次\n第１　趣旨……………1\n第２　対策……………2\n\n（趣旨）\n第１　この要綱は、必要な事項を定める。\n第２　対策\n１　組織体制\n";
    let read = read_policy(text);
    assert_eq!(clause_list(&read.tree), s(&["第1", "第2", "第2の1"]));
    assert_eq!(read.tree[0].line, 6);
    assert!(read.unplaced.is_empty(), "{:?}", read.unplaced);
}

/// A web page's `1 目的` (a half-width space) is a clause; a wrapped line
/// that starts with a number and a space is not.
#[test]
fn a_number_and_a_half_width_space_open_a_clause_only_before_a_title() {
    let text = "1 目的\n本町の情報資産を守る。法律（平成\n2 年法律第 27 号）に基づく事務を含む。\n2 対策\n(1) 組織\n3 見直し\n";
    let read = read_policy(text);
    assert_eq!(clause_list(&read.tree), s(&["1", "2", "2.(1)", "3"]));
    assert_eq!(find(&read.tree, "2").line, 4);
    assert!(read.unplaced.is_empty(), "{:?}", read.unplaced);
}

/// `1.1`-style sub-clauses under the top-level numbers of a dotted text.
#[test]
fn decimal_sub_clauses_sit_under_their_top_level_number() {
    let text = "1. 総則\n1.1 目的\n本市の情報資産を守る。比率は 1.5 倍とする。\n1.2 適用範囲\n(1) 行政機関\n2. 対策\n2.1 物理的対策\n2.3 飛んだ番号\n3.1 親のない番号\n";
    let read = read_policy(text);
    assert_eq!(clause_list(&read.tree), s(&["1", "1.1", "1.2", "1.2(1)", "2", "2.1"]));
    assert_eq!(find(&read.tree, "1.2").heading, "適用範囲");
    let unplaced: Vec<usize> = read.unplaced.iter().map(|u| u.line).collect();
    assert_eq!(unplaced, vec![8, 9]);
    assert_scaffold_is_only_placeholders(&scaffold_toml(text, "x"), 3);
}
