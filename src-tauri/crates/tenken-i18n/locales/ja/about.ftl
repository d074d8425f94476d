# tenken — About screen, `tenken --version` and the desktop menu entry (ja).
# Every id here must also exist in en/about.ftl.

## The About screen (tenken-app)

app-about-open = このアプリについて
app-about-title = tenken について
app-about-version = バージョン { $version }
app-about-license = tenken 本体のライセンス：{ $license }
app-about-checklists = 同梱の自己点検票
app-about-checklists-lead = 回答は、点検票の内容から計算した SHA-256（点検票ID）に結び付けて保存されます。配布パッケージや報告書に記された点検票IDと照合できます。
app-about-col-id = 識別子
app-about-col-title = 点検票
app-about-col-hash = SHA-256（点検票ID）
app-about-campaigns = このデータベースの点検
app-about-no-campaigns = 点検はまだ開始されていません。
app-about-components = 同梱しているソフトウェアとライセンス
app-about-components-lead = tenken には次の { $count } 個のオープンソース部品が含まれています（プログラム本体の Rust クレートと、画面の npm パッケージ）。ライセンスごとに示します。
app-about-group = { $license }（{ $count } 件）
app-about-origin-crate = Rust
app-about-origin-npm = npm

## The desktop menu entry (src-tauri/linux/tenken.desktop; a test compares)

app-desktop-name = 自己点検
app-desktop-generic = 情報セキュリティ自己点検
app-desktop-comment = 年次の情報セキュリティ自己点検に回答し、監査担当が集計します

## tenken --version

cli-version-checklists = 同梱の自己点検票（識別子・SHA-256 の先頭12桁・表題）：
