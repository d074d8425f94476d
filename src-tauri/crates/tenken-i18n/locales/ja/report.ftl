# tenken — report messages (ja). Every id here must also exist in the other language's report.ftl.

## 共通

report-generated-on = 作成日　{ $date }
report-subtitle = { $municipality }　{ $year }　情報セキュリティ自己点検
report-year-period = { $year }（{ $start }〜{ $end }）
report-not-submitted = 未提出
report-answer-unconfirmed = { $value }（未確認）
report-state-reopened-reason = { $state }（{ $date }、理由　{ $reason }）
report-points = { $value }ポイント
report-total = 合計
report-toc = 目　次
report-priority-mark = 　★重点項目
report-central-mark = 　◆主管課の項目
report-na-reason = 該当なしの理由：{ $reason }
report-evidence-location = 証跡の所在：{ $evidence }
report-evidence-files = 証跡ファイル：{ $files }
report-evidence-file = { $name }（{ $size }）
report-evidence-file-separator = 、
report-answer-repeat = { $value }{"\u000A"}（再発）
report-item-method = 確認方法：{ $methods }
report-item-focus = 着眼点：{ $text }
report-review-finding = 【監査担当の指摘】{ $comment }
report-review-confirmed = 【監査担当 確認済み】{ $comment }
report-plan-owner = （担当：{ $owner }）
report-legend-this-year = { $year }の実施率
report-legend-last-year = { $year }の実施率
report-legend-unanswered = 未回答

report-field-municipality = 団体名
report-field-year = 年度
report-field-department = 部
report-field-section = 所属（課等）
report-field-code = 所属コード
report-field-tiers = 運用している系
report-field-submitted-on = 提出日
report-field-state = 状態
report-field-criteria = 点検の基準
report-field-questionnaire = 自己点検票
report-field-result = 点検結果
report-criteria-value = { $policy }（{ $effective }施行）
report-questionnaire-value = { $title }（点検票ID { $hash }）
report-result-value = 実施率 { $rate }（実施 { $yes }、一部実施 { $partial }、実施していない { $no }、該当なし { $na }、未回答 { $unanswered }、対象外（系） { $excluded }）
report-result-previous = 前年度（{ $year }）の実施率 { $previous }、増減 { $change }

report-col-clause = 条項
report-col-title = 見出し
report-col-yes = 実施
report-col-partial = 一部
report-col-no = 未実施
report-col-na = 該当なし
report-col-unanswered = 未回答
report-col-rate = 実施率
report-col-chart = グラフ
report-col-item = 点検項目
report-col-answer = 回答
report-col-comment = コメント・該当なしの理由
report-col-plan = 改善計画（担当）
report-col-due = 期限
report-col-code = コード
report-col-section = 所属
report-col-state = 状態
report-col-answered = 回答済み／対象
report-col-previous = 前年度
report-col-distribution = 回答の内訳
report-col-tier = 系
report-col-audience = 対象
report-col-change = 増減
report-col-department = 部
report-col-submitted = 提出/所属数
report-col-overall = 全体
report-col-phase = 進捗
report-col-reopen-reason = 差戻しの理由
report-col-situation = 現状（コメント）
report-col-finding = 指摘の内容

## 所属別点検結果票

report-section-title = 所属別点検結果票
report-signoff-title = 所属長確認欄
report-signoff-seal = 確認印
report-signoff-seal-approver = 所属長（確認印）
report-signoff-date = 確認日
report-signoff-date-blank = 令和　　年　　月　　日
report-section-h-clauses = 1　条項別の実施状況
report-section-h-items = 2　点検項目ごとの回答
report-section-items-note = 「実施率」は、実施を1、一部実施を0.5、実施していないを0として、該当なしを除く回答済みの項目で平均したものです。「未確認」は前年度から引き継いだまま確認されていない回答で、集計に含めていません。

## 自己点検結果報告書

report-audit-title = 自己点検結果報告書
report-audit-cover-year = { $year }
report-audit-cover-subject = 情報セキュリティ自己点検（{ $policy }）
report-audit-h-overview = 第1　概要
report-audit-h-summary = 第2　点検結果の概要
report-audit-h-results = 第3　点検結果の詳細
report-audit-h-not-submitted = 第4　未提出の所属
report-audit-h-improvements = 第5　改善を要する事項
report-audit-h-reviews = 第6　監査担当の指摘
report-grade-none = 区分なし（区分を設ける前の指摘）
report-respond-by = 回答期限：{ $date }
report-audit-h-assessment = 総評

report-audit-h-purpose = 1　目的
report-audit-purpose = { $policy }に基づき、各所属（課等）が自らの情報セキュリティ対策の実施状況を点検し、その結果を監査担当が取りまとめることにより、対策の遵守状況を確認し、改善につなげることを目的とする。
report-audit-h-scope = 2　点検の対象
report-audit-scope-sections = 対象の所属
report-audit-scope-sections-value = { $sections }所属（{ $departments }部）
report-audit-scope-tiers = 対象の系（運用所属数）
report-audit-tier-count = { $tier }（{ $count }所属）
report-audit-scope-items = 点検項目
report-audit-scope-items-value = { $items }項目（{ $clauses }条項、うち重点項目 { $priority }項目）
report-audit-h-period = 3　実施期間
report-audit-period-closed = { $start }から{ $end }まで
report-audit-period-open = { $start }から実施中（{ $today }現在）
report-audit-h-people = 4　実施体制
report-audit-responsible = 責任者
report-audit-staff = 担当者
report-audit-h-criteria = 5　点検の基準と方法
report-audit-method = 方法
report-audit-method-value = 各所属が自己点検票の各項目に「実施している」「一部実施」「実施していない」「該当なし」で回答し、「一部実施」「実施していない」には改善計画と期限を、「該当なし」には理由を記載した。所属が運用していない系の項目は「対象外（系）」として、「該当なし」の回答とは別に数えた。実施率は、実施を1、一部実施を0.5、実施していないを0として、該当なしを除く回答済みの項目で平均した。

report-audit-submitted = 提出状況
report-audit-submitted-value = { $total }所属中 { $submitted }所属が提出（{ $share }）
report-audit-overall-rate = 全体の実施率
report-audit-rate-with-previous = { $rate }（前年度 { $year } { $previous }、増減 { $change }）
report-audit-breakdown = 回答の内訳
report-audit-breakdown-value = 実施している { $yes }、一部実施 { $partial }、実施していない { $no }、該当なし { $na }、未回答 { $unanswered }（このほか、所属が運用しない系の項目 { $excluded }は対象外（系）として数えていません）
report-audit-improvements = 改善を要する項目
report-audit-improvements-value = { $count }件（一部実施 { $partial }件、実施していない { $no }件）
report-audit-findings = 監査担当の指摘
report-audit-findings-value = { $count }件
report-audit-evidence = 証跡ファイル
report-audit-evidence-value = { $count ->
        [0] なし
       *[other] { $sections }所属から { $count }件（計 { $size }）
    }
report-audit-h-distribution = 回答の内訳（全体）
report-audit-h-by-department = 部別の実施率

report-audit-h-by-section = 1　所属別の実施状況
report-audit-h-by-clause = 2　条項別の実施状況
report-audit-h-distribution-clause = 条項別の回答の内訳
report-audit-h-by-tier = 3　系別の実施状況
report-audit-h-by-audience = 各課の項目と主管課の項目
report-audit-h-heatmap = 4　所属×条項の実施率
report-audit-heatmap-note = 各欄の数字は実施率（%）です。色は凡例のとおりで、橙は実施率が低く、青は高いことを示します。「未回答」は採点できる回答がまだない欄、「該当なし」は該当なしの回答だけの欄、「対象外」はその所属が運用しない系の項目だけの欄です。列の番号は表の下の条項の一覧に対応します。
report-audit-h-change = 5　前年度との比較
report-audit-no-previous = 前年度の点検がないため、比較はありません。
report-audit-change-note = { $year }と{ $this }の実施率を比べたものです。増減はポイント（百分率の差）で示します。
report-audit-h-change-clause = 条項別
report-audit-h-change-section = 所属別
report-audit-h-theme = 6　重点テーマの結果
report-audit-theme-note = 重点テーマの項目（{ $items }項目）の実施率は、全所属で{ $rate }でした。率の数え方は他の表と同じです（実施1、一部実施0.5、未実施0、該当なしと未回答は除く）。
report-audit-h-theme-scope = 重点テーマの条項と項目
report-audit-theme-whole-clause = { $title }（条項のすべての項目）
report-audit-h-theme-by-section = 所属別の重点テーマの実施率
report-col-theme-subject = 見出し・点検項目

report-audit-all-submitted = すべての所属が提出済みです。
report-audit-not-submitted-note = { $total }所属のうち、次の{ $count }所属が未提出です（未着手・回答中または差戻し）。
report-audit-no-improvements = 改善を要する項目はありません。
report-audit-improvements-note = 「一部実施」または「実施していない」と回答された項目は{ $count }件です。所属ごとの改善計画と期限は次のとおりです。
report-audit-repeats-note = うち{ $count }件は「再発」（同じ所属が前年度も同じ項目で改善を要した、または2年続けて指摘を受けた項目）です。
report-audit-group = { $code }　{ $path }（{ $count }件・{ $state }）
report-audit-reviews-note = 監査担当が確認した回答は{ $confirmed }件、指摘は{ $findings }件です。

## エラー

report-error-font-not-found = 日本語フォントが見つかりません。BIZ UDゴシック（Windows 10 以降は標準で入っています。Debian/Ubuntu では「sudo apt-get install fonts-morisawa-bizud-gothic」）、IPAexゴシック（fonts-ipaexfont-gothic）、Noto Sans CJK JP（fonts-noto-cjk）のいずれかを入れるか、--font または環境変数 TENKEN_FONT でフォントファイル（.ttf / .otf / .ttc）を指定してください。
report-error-font-unreadable = フォントファイル { $path } を読めません（{ $detail }）。--font または TENKEN_FONT の指定を確認してください。
report-error-font-not-a-file = フォント { $path } は通常のファイルではないか、大きすぎます（上限 { $max } MB）。--font または TENKEN_FONT にはフォントファイル（.ttf / .otf / .ttc）を指定してください。
report-error-font-invalid = { $path } はフォントファイルとして読めません。.ttf / .otf / .ttc のファイルを指定してください。
report-error-font-not-japanese = フォント { $path } には日本語の文字がありません。BIZ UDゴシックなどの日本語フォントを指定してください。
report-error-font-family-missing = フォント { $path } には { $family } の書体がありません。本文も等幅の書体で印刷します。
report-error-subset = フォントを PDF に埋め込めませんでした（{ $detail }）。別の日本語フォントを --font で指定してください。
report-error-no-section = 報告書にする所属がありません。
report-error-format = { $path } の形式がわかりません。ファイル名の拡張子を { $formats } にしてください。
report-error-output = { $path } に書き込めません（{ $detail }）。保存先のフォルダがあり、書き込めるか確認してください。何も書き込んでいません。
export-error-xlsx = Excel ファイルを作れませんでした（{ $detail }）。
export-error-csv = CSV ファイルを作れませんでした（{ $detail }）。
report-error-docx = Word 文書（.docx）を作れませんでした（{ $detail }）。

## 出力（表計算）

export-sheet-findings = 改善を要する事項
export-sheet-answers = 回答一覧
export-col-year = 年度
export-col-code = 所属コード
export-col-department = 部
export-col-section = 所属
export-col-state = 状態
export-col-clause = 条項
export-col-clause-title = 条項の見出し
export-col-item-id = 項目ID
export-col-item = 点検項目
export-col-priority = 重点
export-priority-yes = ★
export-col-answer = 回答
export-col-answer-code = 回答コード
export-col-unconfirmed = 未確認
export-col-comment = コメント
export-col-na-reason = 該当なしの理由
export-col-repeat = 再発
export-repeat-yes = 再発
export-col-evidence-location = 証跡の所在
export-col-evidence-files = 証跡ファイル
export-col-plan = 改善計画
export-col-owner = 担当
export-col-due = 期限
export-col-finding = 監査担当の指摘
export-col-grade = 指摘の区分
export-col-respond-by = 指摘への回答期限
export-col-review = 監査担当の確認
export-col-review-comment = 確認・指摘のコメント
export-review-confirmed = 確認済み
export-review-finding = 指摘
export-col-progress = 対応状況
export-col-done-on = 完了日

## コマンドライン

cli-cmd-report = 報告書（PDF）を作成します
cli-cmd-report-section = 所属別点検結果票（PDF）を作成します
cli-cmd-report-audit = 自己点検結果報告書（PDF、または編集できる Word 文書 .docx）を作成します（--lang en で英語版）
cli-cmd-export = 点検結果を Excel（.xlsx）または CSV に出力します
cli-cmd-export-findings = 改善を要する事項（一部実施・実施していない・指摘）を出力します
cli-cmd-export-answers = 全所属の全項目の回答を出力します
cli-arg-output-section = 書き出す所属別点検結果票の PDF ファイル（.pdf。同じ名前のファイルは --force を付けたときだけ置き換えます）
cli-arg-output-audit = 書き出す自己点検結果報告書のファイル（.pdf または .docx。同じ名前のファイルは --force を付けたときだけ置き換えます）
cli-arg-report-format = 報告書の形式：pdf または docx（Word 文書。見出しと表に Word のスタイルが付き、文言を編集できます）。省略時は出力ファイルの拡張子で決まり、.docx 以外は pdf
cli-arg-output-findings = 書き出す改善を要する事項の表（一部実施・実施していない・指摘の項目）。.xlsx は Excel のブック、.csv は BOM 付き UTF-8。同じ名前のファイルは --force を付けたときだけ置き換えます
cli-arg-output-answers = 書き出す全回答の表。.xlsx は Excel のブック、.csv は BOM 付き UTF-8。同じ名前のファイルは --force を付けたときだけ置き換えます
cli-cmd-export-progress = 所属ごとの進捗と実施率（進捗一覧・集計の画面と同じ数）を出力します
cli-arg-output-progress = 書き出す所属ごとの進捗と実施率の表。.xlsx は Excel のブック、.csv は BOM 付き UTF-8。同じ名前のファイルは --force を付けたときだけ置き換えます
cli-arg-font = 報告書に使う日本語フォントファイル（.ttf / .otf / .ttc。省略時は環境変数 TENKEN_FONT、なければ BIZ UDゴシックなどを自動で探します）
cli-arg-reports = 報告書の見本（PDF と Word 文書 .docx）を書き出すフォルダ
report-written = { $path } に書き出しました（{ $pages }ページ、{ $size }）
report-written-docx = { $path } に書き出しました（Word 文書、{ $size }）
export-written = { $path } に書き出しました（{ $rows }行）
report-demo-written = 報告書の見本を { $dir } に書き出しました（{ $count }ファイル）
report-missing-glyphs = PDF のフォントにない文字が { $count } 字あり、{ $substitute } で表しました：{ $chars }（PDF から文字をコピーすると元の文字になります。印刷したものには手で書き添えるか、これらの文字のあるフォントを --font で指定して作り直してください）

## 対象外（系）と、ヒートマップの凡例・条項の一覧

report-col-excluded = 対象外
report-legend-na = 該当なし
report-legend-excluded = 対象外（系）の項目は棒に含めません
report-heat-under-50 = 50%未満
report-heat-50 = 50〜74%
report-heat-75 = 75〜89%
report-heat-90 = 90〜100%
report-heat-unanswered = 未回答
report-heat-na = 該当なし
report-heat-excluded = 対象外
report-heat-key = 列の条項
report-reopened-value = { $date }　{ $reason }

## 所属別の進捗と実施率（進捗一覧と集計の画面から書き出す表）

export-sheet-progress = 所属別の進捗と実施率
export-col-tiers = 系
export-col-phase = 進捗
export-col-submitted-on = 提出日
export-col-reopened-on = 差戻し日
export-col-reopen-reason = 差戻しの理由
export-col-answered = 回答済み
export-col-applicable = 対象の項目
export-col-rate = 実施率
export-col-yes = 実施している
export-col-partial = 一部実施
export-col-no = 実施していない
export-col-na = 該当なし
export-col-unanswered = 未回答
export-col-excluded = 対象外（系）

## 職員セルフチェック（報告書）

report-audit-h-staff = 職員セルフチェックの結果
report-audit-staff-note = 「{ $title }」を { $sections }所属で実施し、{ $responses }人が回答した（職員数 { $headcount }人に対する回答率 { $rate }）。回答は無記名で、所属の端末から監査担当へは項目ごとの人数だけが届く。回答が { $min }人未満の所属（{ $few }所属）は、回答者が特定されないよう人数だけを示し、率は示していない。
report-audit-staff-weak-item = ・{ $item }（「はい」{ $rate }{ $before }）
report-audit-staff-weakest = 「はい」の割合が低かった項目：
    { $items }
report-audit-h-staff-by-section = 所属別の回答状況
report-audit-h-staff-by-item = 項目別の結果（全所属）
report-col-staff-item = 項目
report-col-staff-yes = はい
report-col-staff-no = いいえ
report-col-staff-unknown = わからない
report-col-staff-share = 「はい」の割合
report-col-staff-responses = 回答数
report-col-staff-headcount = 職員数
report-col-staff-rate = 回答率
report-col-staff-yes-share = 「はい」の割合（全項目）
report-staff-too-few = { $min }人未満のため非表示
report-audit-h-follow-ups = 第7　前年度の改善計画・指摘事項の措置状況
report-follow-up-none = 前年度の改善計画・指摘事項で、措置状況を確かめるものはなかった。
report-follow-up-note = 前年度の改善計画と指摘事項 { $total }件について、各所属が措置状況を回答した。完了 { $done }件、対応中 { $in_progress }件、未着手 { $not_started }件、取りやめ { $dropped }件、未回答 { $unanswered }件である。このうち、期限を過ぎて完了していないもの（期限超過）は { $overdue }件である。
report-follow-up-h-by-section = 所属別の措置状況
report-follow-up-h-open = 注意を要する改善計画・指摘事項（期限超過・未着手・取りやめ・未回答）
report-col-follow-ups = 件数
report-col-overdue = 期限超過
report-col-follow-up-source = 項目と前年度の計画・指摘
report-col-follow-up-state = 措置状況
report-follow-up-plan = 改善計画：{ $action }（期限 { $due }）
report-follow-up-finding = 指摘：{ $text }
report-follow-up-overdue-mark = 期限超過
report-follow-up-unanswered = 未回答
report-follow-up-until = （{ $date }まで）
report-audit-staff-last-year = { $year }の回答率は { $rate }で、本年度との差は { $change }ポイントであった。
report-audit-staff-weak-last-year = 、{ $year } { $rate }、増減 { $change }ポイント
report-audit-h-staff-by-bu = 部別の回答率
report-col-bu = 部
report-col-staff-sections = 所属の数
report-col-staff-change = 増減
report-section-h-staff = 職員セルフチェック
report-section-staff-note = 職員 { $headcount }人のうち { $responses }人が回答した（回答率 { $rate }）。{ $shown ->
        [yes] 項目ごとの結果は次のとおり。
       *[no] 回答が { $min }人未満のため、項目ごとの結果は示していない。
    }
report-audit-h-onsite = 第{ $n }　実地監査
report-onsite-none = 今年度の実地監査の対象は、まだ提案も確定もされていない。
report-onsite-proposed-note = 今年度の実地監査の対象はまだ確定していない。点検結果・再発・期限超過・該当なしの多さ・前回の実地監査からの年数をもとに、次の所属を提案している（未確定）。
report-onsite-note = 今年度は { $selected }所属を実地監査の対象とし、うち { $visited }所属で実施した。各所属を対象とした理由と、実施の結果は次のとおりである。
report-col-onsite-reasons = 対象とした理由
report-col-onsite-visit = 実施日・監査担当・結果
report-col-onsite-findings = 所見
