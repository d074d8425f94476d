# tenken — 日本語メッセージ (既定)
# 変数は { $name } の形で埋め込まれます。英語版 (en/tenken.ftl) と同じ id を必ずそろえてください。
#
# 用語集（画面・コマンド・帳票で共通。ここにない言い方で同じものを呼ばない）
# - 項目の状態: 未回答（回答がない）／未確認（前年度から引き継いだ回答を、所属がまだ確認していない）／回答済み。
#   両方をまとめて言うときは「未回答・未確認」。「未完了」とは言わない。
# - 所属の進捗: 未着手（回答が一つもない）／回答中／提出済み／差戻し（監査担当が理由を付けて戻した）。
#   所属の画面でも監査担当の画面でも同じ語を使う（「作成中」とは言わない）。
# - 監査担当の確認: 表示（バッジ）は「確認済み」「指摘」。操作（ボタン）は動詞で「確認済みにする」「指摘する…」。
#   差戻しも同じ: 表示は「差戻し」、ボタンは「差し戻す」。
# - 送り仮名: 提出済み・確認済み・保存済み・回答済み・取込済み（「済」で終えない）。
# - 日付: 令和9年3月31日（和暦、年月日。画面・帳票で同じ書き方）。年度: 令和7年度。
# - 系: マイナンバー利用事務系・LGWAN接続系・インターネット接続系・校務接続系。運用していない系の項目は「対象外（系）」。
# - 文の中では半角の「:」「—」を使わず、「。」「、」「（）」「：」で区切る。

## 語彙

state-draft = 回答中
state-submitted = 提出済み
state-reopened = 差戻し
phase-not-started = 未着手
phase-in-progress = 回答中
phase-submitted = 提出済み
value-yes = 実施している
value-partial = 一部実施
value-no = 実施していない
value-na = 該当なし
value-auto-na = 該当なし（対象外の系）
value-auto-na-attribute = 該当なし（属性「{ $attribute }」なし）
value-no-evidence = 証跡の所在が未記入
value-unanswered = 未回答
value-unconfirmed = 未確認
tier-mynumber = マイナンバー利用事務系
tier-lgwan = LGWAN接続系
tier-internet = インターネット接続系
tier-school = 校務接続系
tier-common = 共通（全ての系）
method-review = 閲覧
method-interview = ヒアリング
method-observation = 視察
method-reconciliation = 突合
method-separator = ・
method-label = 確認方法
attribute-central = 主管課
attribute-system_owner = システム所管
attribute-outsourcing = 業務委託あり
attribute-my_number_data = 特定個人情報を扱う
attribute-counter = 窓口あり
attribute-school = 学校
attribute-label = 所属の属性
attribute-none = なし
attribute-separator = ・
evidence-required-label = 証跡の所在
evidence-required-yes = 重点項目を「実施している」と回答するときは必須
evidence-required-no = 任意
audience-section = 各課の項目
audience-central = 主管課の項目
auto-na-tiers = 該当なし（自動）：この所属は { $tiers } を運用していません。
auto-na-attribute = 該当なし（自動）：この所属には「{ $attribute }」の属性がありません。
focus-label = 着眼点
dept-kind-section = 課
dept-kind-group = 部
dept-kind-retired = 廃止（{ $date }）
missing-unanswered = 未回答です
missing-unconfirmed = 前年度から引き継いだ回答が未確認です（内容を確認して保存し直してください）
missing-no-evidence = 重点項目を「実施している」と回答したときは、証跡の所在（確認した文書と保管場所）を書いてください
missing-follow-up = 前年度の改善計画・指摘事項の措置状況が未回答です（完了・対応中・未着手・取りやめのいずれかを選んでください）
follow-up-done = 完了
follow-up-in-progress = 対応中
follow-up-not-started = 未着手
follow-up-dropped = 取りやめ
follow-up-no-state = 措置状況（完了・対応中・未着手・取りやめ）を選んでください。
follow-up-needs-date = 「対応中」のときは、新しい完了予定日を入力してください（例：令和9年3月31日）。
follow-up-date-too-early = 新しい完了予定日 { $date } が今年度より前です。今年度以降の日付を入力してください。
follow-up-needs-reason = 「{ $state }」のときは、その理由を書いてください。
follow-up-date-only-in-progress = 完了予定日は「対応中」のときだけ入力します。日付を消すか、「対応中」を選んでください。
follow-up-too-long = 入力が長すぎます（{ $max }字まで）。短くしてください。
follow-up-control-char = 入力に使えない制御文字が含まれています。文字を打ち直してください。
follow-up-no-such = 項目 { $item } には前年度の改善計画・指摘事項がありません。「tenken follow-up list」で対象を確かめてください。
cli-follow-up-none = 前年度の改善計画・指摘事項で、措置状況を答えるものはありません。
cli-follow-up-plan = 改善計画：{ $action }（期限 { $due }）
cli-follow-up-finding = 指摘：{ $text }
cli-follow-up-saved = 所属「{ $dept }」の項目 { $item } の措置状況を「{ $state }」で保存しました。
cli-follow-up-counts = 措置状況：{ $total }件のうち回答済み { $answered }件、期限超過 { $overdue }件
col-follow-ups = 措置状況の件数
col-done = 完了
col-overdue = 期限超過
col-follow-up-last-year = 前年度の計画・指摘
col-follow-up-answered = 回答済み
col-follow-up-state = 措置状況
cli-cmd-follow-up = 前年度の改善計画・指摘事項の措置状況（完了・対応中・未着手・取りやめ）を一覧・回答します（画面と同じ規則で、監査ログに残ります）
cli-cmd-follow-up-list = 措置状況の一覧（--dept なしで所属ごとの件数・期限超過）を表示します
cli-cmd-follow-up-answer = 1件の措置状況を答えます（対応中は --new-due、未着手・取りやめは --reason が必要）
cli-arg-follow-up-dept = 所属コード（省略すると所属ごとの件数）
cli-arg-follow-up-campaign = 点検の年度（省略時は最新）
cli-arg-follow-up-json = JSON で出力します
cli-arg-follow-up-state = 措置状況：完了（done）・対応中（in_progress）・未着手（not_started）・取りやめ（dropped）
cli-arg-follow-up-due = 対応中の新しい完了予定日（例：令和9年3月31日、2027-03-31）
cli-arg-follow-up-reason = 未着手・取りやめの理由
cli-arg-follow-up-note = 補足（任意）
cli-missing-line = 条項 { $clause }　{ $item }：{ $why }

## 表の列見出し

col-code = コード
col-department = 所属
col-kind = 区分
col-tiers = 系
col-attributes = 属性
col-year = 年度(西暦)
col-fiscal-year = 年度
col-questionnaire = 自己点検票
col-submitted = 提出
col-hash = 点検票ID
col-clause = 条項
col-item = 項目ID
col-answer = 回答
col-comment = コメント・理由
col-plan = 改善計画
col-due = 期限
col-phase = 進捗
col-state = 状態
col-answered = 回答済み／対象
col-unconfirmed = 未確認
col-submitted-at = 提出日
col-reopened-at = 差戻し日
col-yes = 実施
col-partial = 一部
col-no = 未実施
col-na = 該当なし
col-unanswered = 未回答
col-rate = 実施率
col-title = 見出し

## 年度・日付

error-year-out-of-range = 年度「{ $year }」は扱えません。{ $min }〜{ $max } の西暦で指定してください（例：令和8年度なら 2026）。

## 自己点検票 (TOML) の検証

# The parser's detail ($detail) is English: the Japanese message gives the place (line:col) only.
q-syntax = TOML の書き方に誤りがあります。引用符・角括弧・等号の対応を確認してください。
q-unknown-key = { $table ->
        [top] ファイルの最上位
        [questionnaire] [questionnaire] の表
        [section] [[section]]
        [item] [[section.item]]
       *[other] { $table }
    }に「{ $key }」という項目はありません。使える項目は { $allowed } です。綴りを確認してください。
q-missing-key = { $table ->
        [top] ファイル
        [questionnaire] [questionnaire] の表
        [section] [[section]]
        [item] [[section.item]]
       *[other] { $table }
    }に必須の「{ $key }」がありません。{ $key } = "…" の行を追加してください。
q-wrong-type = 「{ $key }」の値の種類が違います。{ $expected ->
        [text] 文字列を "…" のように引用符で囲んで書いてください。
        [bool] true か false を書いてください。
        [date] 日付を 2025-04-01 のように引用符なしで書いてください。
        [text-list] 文字列のリストを ["lgwan", "internet"] のように書いてください。
        [table] 表として書いてください。
       *[array-of-tables] 二重の角括弧で [[{ $key }]] のように書いてください。
    }
q-empty-text = 「{ $key }」が空です。内容を書いてください。
q-placeholder = 「{ $key }」は雛形の仮の文（TODO）のままです。実際の内容に書き換えてください。
q-unknown-tier = 「{ $tier }」という系はありません。mynumber, lgwan, internet, school のいずれかを書いてください。
q-tier-not-declared = 系「{ $tier }」は [questionnaire] の tiers に含まれていません。tiers に追加するか、項目の tiers から外してください。
q-duplicate-id = 項目ID「{ $id }」は { $first } 行目ですでに使われています。ほかと重ならないIDにしてください。
q-duplicate-clause = 条項「{ $clause }」の [[section]] は { $first } 行目にもあります。一つの [[section]] にまとめてください。
q-invalid-id = ID「{ $id }」に使えない文字があります。半角の英小文字・数字・ハイフンだけで書いてください（例：toshima-6-3-1-a）。
q-item-without-section = 点検項目が [[section]] の外にあります。[[section]] の後に [[section.item]] として書いてください。
q-section-without-items = 条項「{ $clause }」に点検項目がありません。[[section.item]] を一つ以上書いてください。
q-no-sections = 条項（[[section]]）が一つもありません。点検項目を [[section]] と [[section.item]] で書いてください。

## 表計算シートからの取り込み

sheet-missing-column = シート「{ $sheet }」{ $row }行目：必須の列「{ $name }」が見出し行にありません。見出しに「{ $name }」の列を追加してください。
sheet-empty-cell = シート「{ $sheet }」{ $column }{ $row }：「{ $name }」が空です。値を入力してください。
sheet-unknown-tier = シート「{ $sheet }」{ $column }{ $row }：「{ $tier }」という系はありません。マイナンバー利用事務系、LGWAN接続系、インターネット接続系、校務接続系（または mynumber, lgwan, internet, school）で書いてください。
sheet-tier-not-declared = シート「{ $sheet }」{ $column }{ $row }：系「{ $tier }」はこの点検票の系に含まれていません。系の指定を見直してください。
sheet-invalid-id = シート「{ $sheet }」{ $column }{ $row }：ID「{ $id }」に使えない文字があります。半角の英小文字・数字・ハイフンだけで書いてください。
sheet-duplicate-id = シート「{ $sheet }」{ $column }{ $row }：ID「{ $id }」は { $first } 行目でも使われています。重ならないIDにしてください。
sheet-no-rows = シート「{ $sheet }」に点検項目の行がありません。見出し行の下に1行1項目で入力してください。
q-unknown-method = 確認方法「{ $method }」はありません。閲覧、ヒアリング、視察、突合（または review, interview, observation, reconciliation）のいずれかを書いてください。
q-duplicate-method = 確認方法「{ $method }」が同じ項目の method に二度あります（閲覧と review のように日本語と英語で書いた場合も同じです）。一つにしてください。
q-unknown-audience = 対象「{ $audience }」はありません。section（各課）または central（主管課）を書いてください。
q-unknown-attribute = 所属の属性「{ $attribute }」はありません。主管課、システム所管、業務委託あり、特定個人情報を扱う、窓口あり、学校（または central, system_owner, outsourcing, my_number_data, counter, school）のいずれかを書いてください。
q-unknown-kind = 点検票の種類「{ $kind }」はありません。section（所属の点検票）または staff（職員セルフチェック）を書いてください。
q-staff-needs-practice = 職員セルフチェックの項目 { $id } に practice（正しいやり方）がありません。回答のあとに示す1行を書いてください。
q-not-for-staff = { $key } は所属の点検票だけのキーです。職員セルフチェック（kind = "staff"）の項目には書けません。
mapping-syntax = 項目の対応表として読めません（{ $detail }）。[mapping] に questionnaire と from、[map] に「"旧項目" = ["新項目", …]」を書いてください。
mapping-other-questionnaire = この対応表は点検票「{ $found }」のものです。点検票「{ $expected }」の対応表を指定してください。
mapping-bad-from = 対応表の from が点検票ID（英数字64桁）ではありません。旧版の点検票IDを questionnaire validate で確かめて書いてください。
mapping-unknown-target = 対応表で旧項目 { $old } の移し先とされた { $new } は、新しい点検票にありません。項目IDを確かめてください。
sheet-unknown-method = シート「{ $sheet }」{ $column }{ $row }：「{ $method }」という確認方法はありません。閲覧、ヒアリング、視察、突合（または review, interview, observation, reconciliation）で書いてください。

## 所属 (CSV)

dept-csv-encoding = 所属ファイルの文字コードが読めません。Excel で「CSV UTF-8（コンマ区切り）」として保存し直してください。
dept-csv-empty = 所属ファイルに所属が一つもありません。見出し行（所属コード,所属名,親コード,系）の下に1行1所属で書いてください。
dept-csv-missing-column = 所属ファイルに「{ $column ->
        [code] 所属コード (code)
        [name] 所属名 (name)
        [parent] 親コード (parent)
       *[tiers] 系 (tiers)
    }」の列がありません。1行目の見出しを「所属コード,所属名,親コード,系」にしてください。
dept-csv-bad-row = 所属ファイル { $line }行目が読めません（{ $detail }）。列の数と引用符を確認してください。
dept-csv-empty-cell = 所属ファイル { $line }行目：{ $column ->
        [code] 所属コード
       *[name] 所属名
    }が空です。入力してください。
dept-csv-duplicate = 所属ファイル { $line }行目：所属コード「{ $code }」は { $first }行目と重複しています。コードを一意にしてください。
dept-csv-unknown-parent = 所属ファイル { $line }行目：「{ $code }」の親コード「{ $parent }」がありません。先に親の所属を書くか、親コードを直してください。
dept-csv-unknown-tier = 所属ファイル { $line }行目：「{ $tier }」という系はありません。mynumber, lgwan, internet, school（またはマイナンバー利用事務系などの名称）を空白区切りで書いてください。
dept-csv-unknown-attribute = 所属ファイル { $line }行目：「{ $attribute }」という属性はありません。主管課、システム所管、業務委託あり、特定個人情報を扱う、窓口あり、学校（または central などの英字）を空白区切りで書いてください。
dept-csv-too-long = 所属ファイル { $line }行目：{ $column ->
        [code] 所属コード
        [parent] 親コード
       *[name] 所属名
    }が長すぎます。{ $max }文字以内にしてください。
dept-csv-control-char = 所属ファイル { $line }行目：{ $column ->
        [code] 所属コード
        [parent] 親コード
       *[name] 所属名
    }に制御文字（ESC や文字の向きを変える記号など）が含まれています。その文字を削除してください。
dept-csv-cycle = 所属ファイル { $line }行目：「{ $code }」の親をたどると自分自身に戻ります。親コードを直してください。

## 回答

answer-na-needs-reason = 「該当なし」には理由が必要です。--reason で理由を書いてください。
answer-needs-plan = 「{ $value ->
        [partial] 一部実施
       *[no] 実施していない
    }」には改善計画が必要です。--plan で何をするか、--due で期限を書いてください。
answer-needs-due = 改善計画に期限がありません。--due 2027-03-31 のように期限を書いてください。
answer-bad-date = 「{ $date }」は日付として読めません。2027-03-31 または 令和9年3月31日（R9.3.31）のように書いてください。
answer-due-out-of-range = 期限 { $due } はこの年度の改善計画の期限にできません。{ $earliest } から { $latest } までの日付にしてください。
answer-control-char = { $field ->
        [comment] コメント
        [reason] 理由
        [plan] 改善計画
        [evidence] 証跡の所在
       *[owner] 担当
    }に制御文字（ESC や文字の向きを変える記号など）が含まれています。その文字を除いて入力し直してください。
answer-too-long = { $field ->
        [comment] コメント
        [reason] 理由
        [plan] 改善計画
        [evidence] 証跡の所在
       *[owner] 担当
    }が長すぎます。{ $max }文字以内にしてください。


## 職員セルフチェック

staff-not-staff-checklist = 「{ $id }」は職員セルフチェックではありません（kind = "staff" の点検票を指定してください）。
staff-no-checklist = この点検には職員セルフチェックが設定されていません。監査担当が tenken campaign staff で設定し、配布パッケージで届けます。
staff-unknown-item = 「{ $item }」はこの所属の職員セルフチェックの項目ではありません。
staff-duplicate = 職員セルフチェックの項目「{ $item }」に2回答えています。1回にしてください。
staff-unanswered = 職員セルフチェックの未回答が{ $count }項目あります（最初は「{ $first }」）。すべての項目に答えてから送ってください。
staff-no-needed = この点検は記名式です。職員番号を入力してください。
staff-no-in-anonymous = この点検は無記名式です。職員番号は入力しないでください（誰の回答かは記録しません）。
staff-bad-staff-no = 職員番号は{ $max }文字以内で、制御文字を含めずに入力してください。
staff-bad-headcount = 職員数は 1 から { $max } までの数で入力してください。
staff-bad-rollup = 職員セルフチェックの集計が合いません（{ $detail }）。
staff-rate-too-low = まだ提出できません。職員セルフチェックの回答が職員数 { $headcount }人のうち { $responses }人で、監査担当が求める回答率 { $min }%（{ $needed }人）に届いていません。残りの職員に回答してもらってから提出してください。
staff-headcount-needed = まだ提出できません。職員セルフチェックの回答率（{ $min }%以上）を確かめるため、先に職員数を入力してください。
staff-min-rate-label = 提出に必要な職員セルフチェックの回答率
staff-min-rate-value = { $rate }%以上
settings-bad-rate = 「{ $rate }」は回答率として読めません。1 から 100 までの数（%）で入力してください（空欄で解除）。
cli-arg-staff-min-rate = 提出に必要な職員セルフチェックの回答率（%、1〜100。空文字列で解除）
staff-csv-bad-value = { $row }行目「{ $column }」：「{ $value }」は回答として読めません。はい／いいえ／わからない（または 1／2／3）で書いてください。
staff-csv-sheet = { $row }行目「{ $column }」：{ $detail }
staff-csv-not-text = 職員セルフチェックの CSV として読めません。UTF-8 または Shift_JIS の CSV（1行目に項目ID）で保存し直してください。
staff-csv-no-items = 1行目に、この所属の職員セルフチェックの項目IDが1つもありません。tenken staff template で見出しの見本を出力できます。
staff-csv-errors = 職員セルフチェックの CSV に{ $count }件の誤りがあり、取り込んでいません。{ $first }

## 証跡ファイル

evidence-empty-name = ファイル名が空です。名前のあるファイルを選んでください。
evidence-name-has-path = ファイル名「{ $name }」にフォルダの区切り（/ \ :）か制御文字が含まれています。ファイル名だけの名前にしてから添付してください。
evidence-name-too-long = ファイル名「{ $name }」が長すぎます。{ $max }文字以内の名前に変えてから添付してください。
evidence-unsupported-type = 「{ $name }」は添付できない種類です。添付できるのは PDF、PNG、JPEG、Excel（.xlsx）のファイルです。
evidence-empty-file = 「{ $name }」は中身が空（0 バイト）です。元のファイルを確かめてください。
evidence-too-large = 「{ $name }」は { $size } あり、1ファイルの上限 { $max } を超えています。ページを分けるか、解像度を下げてから添付してください。
evidence-content-mismatch = 「{ $name }」は名前では { $claimed } ですが、中身が { $found ->
        [other] { $claimed } ではありません
       *[x] { $found } です
    }。名前を変えたファイルや壊れたファイルは添付できません。元のファイルをそのまま選んでください。
evidence-section-too-large = この所属の証跡ファイルは合計 { $total } になり、上限 { $max } を超えます。不要なファイルを外してから添付してください。
evidence-too-many = この所属にはすでに証跡ファイルが { $max }件あり、これ以上は添付できません。不要なファイルを外してください。
evidence-duplicate = 項目「{ $item }」には「{ $name }」がすでに添付されています。差し替えるときは先に外してください。
evidence-not-found = 項目「{ $item }」に「{ $name }」という証跡ファイルはありません。tenken evidence list で添付済みのファイルを確かめてください。

## 提出・差戻し

state-already-submitted = この所属はすでに提出済みです。直すには監査担当に差戻しを依頼してください。
state-incomplete = まだ提出できません。未回答・未確認の項目が{ $count }項目あります{ $unconfirmed ->
        [0] {""}
       *[other]（うち前年度からの引継ぎで未確認 { $unconfirmed }項目）
    }{ $evidence ->
        [0] {""}
       *[other]（うち証跡の所在が未記入の重点項目 { $evidence }項目）
    }。以下の項目に回答してから提出してください。
state-not-submitted = 差戻しできるのは提出済みの所属だけです。
state-reason-required = 差戻しには理由が必要です。--reason で理由を書いてください。
state-reason-control-char = 理由に制御文字（ESC や文字の向きを変える記号など）が含まれています。その文字を除いて入力し直してください。
state-locked = この所属は提出済みのため回答を変更できません。監査担当に差戻しを依頼してください。

## データベース

store-not-found = データベース { $path } がありません。先に「tenken init」で作成するか、--db で場所を指定してください。
store-not-a-database = { $path } は tenken のデータベースではありません（SQLite ファイルではありません）。--db で正しいファイルを指定してください。ファイルは変更していません。
store-not-tenken = { $path } は別のプログラムの SQLite データベースです。--db で tenken のファイルを指定してください。ファイルは変更していません。
store-too-new = このデータベースは新しい版の tenken で作られています（形式 { $found }、この版は { $supported } まで）。tenken を更新してください。ファイルは変更していません。
store-already-exists = { $path } にはすでにファイルがあります。別の場所を指定してください。
store-not-empty = このデータベースにはすでにデータがあります。デモは空のデータベースにだけ作れます（置き換える場合は --force）。
store-unknown-department = 所属コード「{ $code }」はありません。「tenken dept list」でコードを確認してください。
store-key-pinned-elsewhere = 鍵 { $fingerprint } はすでに所属「{ $other }」の鍵として登録されています。所属「{ $code }」には登録していません。1台の端末で両方の所属の回答を作っていることを両方の所属に電話で確認できたときだけ、--allow-shared-key を付けて再登録してください。
store-not-in-campaign = 所属「{ $code }」は { $year }の点検の対象ではありません（部か、点検開始後に追加された所属です）。
store-no-campaign = 点検がまだ開始されていません。「tenken campaign open --year 2026 --questionnaire 点検票.toml」で開始してください。
store-unknown-campaign = { $year }の点検はありません。「tenken campaign list」で年度を確認してください。
store-campaign-exists = { $year }の点検はすでに開始されています。
store-nothing-to-carry-over = 引き継ぐ前年度以前の点検がありません。--carry-over を付けずに開始してください。
store-staff-checklist = 「{ $id }」は職員セルフチェックです。点検の開始には所属の点検票（例 questionnaires/toshima.toml）を指定してください。
store-no-sections = 所属が登録されていません。先に「tenken dept import 所属.csv」で所属を取り込んでください。
store-unknown-item = 点検項目「{ $item }」はこの年度の点検票にありません。「tenken answer list」で項目IDを確認してください。
store-item-not-applicable = 点検項目「{ $item }」は所属「{ $code }」が運用していない系の項目のため、自動で「該当なし」です。回答は不要です。
store-corrupt = 保存されたデータが壊れています（{ $detail }）。バックアップから復元してください。
store-io = { $path } を読み書きできません（{ $detail }）。
store-sqlite = データベースの操作に失敗しました。変更は保存されていません。もう一度実行し、繰り返すときは「tenken backup create」で控えを取ってから情報政策課に連絡してください（原因の英文は --lang en で表示されます）。
store-migration = データベースの形式を更新できませんでした。ファイルは変更していません。情報政策課に連絡してください（原因の英文は --lang en で表示されます）。

## コマンドライン

cli-about = tenken：情報セキュリティ自己点検（所属の回答と監査担当の集計）
cli-usage = 使い方：
cli-usage-options = [オプション]
cli-heading-commands = コマンド
cli-heading-options = オプション
cli-heading-arguments = 引数
cli-value-command = コマンド
cli-after-help = 各コマンドの詳細は「tenken <コマンド> --help」で表示します。データベースは --db または環境変数 TENKEN_DB で指定できます。
cli-see-help = 「tenken --help」で使い方を表示します。
cli-cmd-init = データベースを作成します
cli-cmd-demo = デモ用のデータベースを作成します（--scale ward で大規模区）
cli-cmd-dept = 所属（部・課）を管理します
cli-cmd-dept-import = 所属を CSV（所属コード,所属名,親コード,系）から取り込みます
cli-cmd-dept-list = 所属の一覧を表示します
cli-cmd-dept-retire = 所属を廃止します（開始済みの点検には残り、次に開始する点検から対象外になります）
cli-cmd-dept-restore = 所属の廃止を取り消します
cli-cmd-dept-attributes = 所属の属性（主管課、業務委託ありなど）を設定します（空の文字列で解除）
cli-cmd-campaign = 年度ごとの点検を管理します
cli-cmd-campaign-open = 年度の点検を自己点検票で開始します
cli-cmd-campaign-list = 点検の一覧を表示します
cli-cmd-answer = 所属の回答を入力・表示します
cli-cmd-answer-set = 点検項目に回答します
cli-cmd-answer-list = 所属の回答の一覧を表示します
cli-cmd-submit = 所属の回答を提出します（提出後は変更できません）
cli-cmd-reopen = 提出済みの所属を理由を付けて差し戻します
cli-cmd-status = 所属ごとの進捗を表示します
cli-cmd-summary = 所属別・条項別・系別の実施率を表示します
cli-cmd-questionnaire = 自己点検票（TOML）を検証・作成します
cli-cmd-questionnaire-validate = 自己点検票を検証し、誤りをすべて表示します
cli-cmd-questionnaire-show = 自己点検票の条項の構成と点検票IDを表示します
cli-cmd-questionnaire-scaffold = 基本方針の本文から自己点検票の雛形を作ります
cli-cmd-questionnaire-import-xlsx = Excel の点検表（1行1項目）から自己点検票を作ります
cli-arg-db = データベースファイル（省略時は環境変数 TENKEN_DB、なければ利用者のデータフォルダ）
cli-arg-lang = 表示言語 ja または en（省略時は環境変数 LANG）
cli-arg-help = 使い方を表示します
cli-arg-version = 版を表示します
cli-arg-force = 既存のデータベースを削除して作り直します
cli-arg-overwrite = 同じ名前のファイルがあれば置き換えます（付けなければ置き換えずに止まります）
cli-arg-file = 読み込むファイル
cli-arg-files = 検証するファイル（複数可）
cli-arg-json = JSON で出力します
cli-arg-year = 年度（西暦、例：令和8年度なら 2026）
cli-arg-questionnaire = 自己点検票ファイル（TOML）
cli-arg-carry-over = 前年度の回答を「未確認」の下書きとして引き継ぎます
cli-arg-dept = 所属コード
cli-arg-grade = 指摘の区分（major＝重大な不適合、minor＝軽微な不適合、observation＝観察事項、recommendation＝推奨事項。指摘には必須）
cli-arg-respond-by = 指摘への回答期限（2027-01-29 または 令和9年1月29日）
cli-arg-code = 所属コード
cli-arg-on = 廃止日（省略時は今日。2026-11-30 または 令和8年11月30日）
cli-arg-attributes = 属性を空白区切りで（例「主管課 システム所管」「窓口あり 業務委託あり」）
cli-arg-evidence = 証跡の所在（文書名と保管場所。例「外部記録媒体管理台帳（課内共有フォルダ／庶務係）」）
cli-arg-evidence-required = 重点項目を「実施している」と回答するときに証跡の所在を必須にするか（yes / no）
cli-arg-campaign = 年度（西暦、省略時は最新の点検）
cli-arg-item = 点検項目ID
cli-arg-value = 回答：yes（実施している）, partial（一部実施）, no（実施していない）, na（該当なし）
cli-arg-comment = コメント
cli-arg-reason = 理由（該当なし・差戻しの理由）
cli-arg-plan = 改善計画（一部実施・実施していないときに必須）
cli-arg-owner = 改善計画の担当
cli-arg-due = 改善計画の期限（例：2027-03-31）
cli-arg-policy = 基本方針の本文（テキストファイル）
cli-arg-id = 作る点検票のID（英小文字・数字・ハイフン）
cli-arg-out = 出力先ファイル（省略時は標準出力。同じ名前のファイルは --force を付けたときだけ置き換えます）
cli-arg-sheet = 読み込むシート名（省略時は最初のシート）

cli-error-invalid-value = 「{ $arg }」に「{ $value }」は指定できません。{ $valid } のいずれかを指定してください。
cli-error-empty-value = 「{ $arg }」の値が空です。値を指定するか、このオプションを省いてください。
cli-error-bad-value = 「{ $arg }」の値「{ $value }」が読めません。正しい形式で指定してください。
cli-error-unknown-argument = 「{ $arg }」というオプションはありません。
cli-error-unknown-command = 「{ $command }」というコマンドはありません。
cli-error-missing-argument = 必要な指定がありません：{ $arg }
cli-error-missing-command = コマンドを指定してください。
cli-error-usage = コマンドの指定に誤りがあります。
cli-error-conflict = 「{ $arg }」は「{ $other }」と一緒には指定できません。どちらか一方だけを指定してください。
cli-error-repeated = 「{ $arg }」が2回以上指定されています。1回だけ指定してください。
io-not-found = ファイルまたはフォルダがありません
io-permission-denied = 権限がありません
io-already-exists = 同じ名前のファイルがすでにあります
io-is-a-directory = ファイルではなくフォルダです
io-not-a-directory = 途中の名前がフォルダではありません
io-storage-full = ディスクに空きがありません
io-read-only = 書き込みできないディスクです
# The OS's own text is English: the Japanese message leaves it out.
io-other = 入出力の誤り
cli-error-read = { $path } を読めません（{ $detail }）。ファイルの場所と名前を確認してください。
cli-error-exists = { $path } はすでにあります。上書きしません。置き換えるときは --force を付け、残すときは別の名前を指定してください。
cli-error-write = { $path } に書き込めません（{ $detail }）。既存のファイルは上書きしません。別の名前を指定してください。
cli-error-not-text = { $path } はテキストファイルとして読めません。UTF-8 で保存し直してください。
cli-error-workbook = { $path } は Excel ブック（.xlsx）として読めません（{ $detail }）。
cli-error-no-such-sheet = { $path } に「{ $sheet }」というシートはありません。シート名を確認してください。
cli-error-no-data-dir = 利用者のデータフォルダが見つかりません。--db でデータベースの場所を指定してください。
cli-error-lang = 言語「{ $lang }」には対応していません。ja または en を指定してください。
cli-questionnaire-invalid = { $path }：誤りが { $count }件あります。上の各行の指示に従って直してください。
cli-sheet-invalid = { $path }：誤りが { $count }件あります。上の各セルを直してください。
cli-validate-failed = { $count }個のファイルに誤りがあります。

cli-init-created = データベースを作成しました：{ $path }
cli-init-exists = データベースはすでにあります：{ $path }
cli-demo-written = デモのデータベースを作成しました：{ $path }（{ $sections }所属、回答 { $answers }件、今年度は{ $year }）
cli-dept-imported = 所属を取り込みました（追加 { $added }件、更新 { $updated }件）
cli-dept-retired = 「{ $code } { $name }」を { $date } 付けで廃止しました。開始済みの点検には残り、次に開始する点検からは対象外になります。
cli-dept-attributes = 「{ $code } { $name }」の属性を「{ $attributes }」にしました。次に開始する点検から、回答する項目に反映されます。
cli-unknown-attribute = 「{ $attribute }」という所属の属性はありません。主管課、システム所管、業務委託あり、特定個人情報を扱う、窓口あり、学校（または central などの英字）を空白区切りで書いてください。
cli-dept-restored = 「{ $code } { $name }」の廃止を取り消しました。次に開始する点検から再び対象になります。
cli-campaign-opened = { $year }の点検を開始しました：{ $title }（対象 { $sections }所属、前年度から引継ぎ { $carried }件、点検票ID { $hash }）
cli-campaign-unmapped = 前年度の回答のうち、新しい点検票に移し先のない項目が { $count }件あります（引き継いでいません）：{ $items }
cli-answer-saved = 保存しました：{ $dept } { $item } = { $value }
cli-submitted = 所属 { $dept } の{ $year }の回答を提出しました。
cli-reopened = 所属 { $dept } を差し戻しました（理由：{ $reason }）。
cli-status-title = { $year } 所属別の進捗
cli-summary-title = { $year } 点検結果の集計：提出 { $submitted } / { $total }所属、実施率 { $rate }
cli-summary-by-section = 所属別
cli-summary-by-clause = 条項別
cli-summary-by-tier = 系別
cli-validate-ok = { $path }：問題ありません（{ $sections }条項、{ $items }項目、点検票ID { $hash }）
cli-show-header = 基準：{ $policy }（{ $effective }施行） 系：{ $tiers }
cli-show-section = { $clause } { $title }：{ $items }項目{ $priority ->
        [0] {""}
       *[other]（重点 { $priority }）
    }
cli-show-total = 計 { $sections }条項、{ $items }項目 点検票ID（SHA-256）：{ $hash }
cli-answer-evidence = 確認資料：{ $text }
cli-answer-reason = 該当なしの理由：{ $text }
cli-answer-comment = コメント：{ $text }
cli-answer-evidence-location = 証跡の所在：{ $text }
cli-answer-plan = 改善計画：{ $action }（担当：{ $owner }、期限：{ $due }）
cli-answer-method = 確認方法：{ $methods }
cli-answer-focus = 着眼点：{ $text }
cli-answer-no-owner = 未記入
cli-scaffold-done = { $path } から { $clauses }個の条項を見つけ、{ $sections }個の節（下に条項のない条項ごとに1つ）を書きました{ $parents ->
    [0] 。
   *[other] 。下に条項のある { $parents }個は見出しのコメントにしました。
}「TODO」の箇所を書き換えてから「tenken questionnaire validate」で確認してください。
cli-scaffold-definitions = 用語の定義の条項（{ $clauses }）には「定義の条項」と書き添えました。課が点検する事項がなければ、その節は削除してください。
cli-scaffold-unplaced = 番号で始まるのに条項の並びに置けなかった行が { $count }行あります（番号の飛び・重複など。雛形の先頭にも書きました）。方針と見比べ、条項なら節を手で足してください：
cli-scaffold-unplaced-line = { "  " }{ $line }行目：{ $text }
cli-import-xlsx-done = { $path } のシート「{ $sheet }」から自己点検票を作りました。「TODO」の箇所を書き換えてから「tenken questionnaire validate」で確認してください。

## 監査担当の確認

review-mark-confirmed = 確認済み
review-mark-finding = 指摘
cli-review-set = { $dept } { $item } に「{ $mark }」を付けました。
cli-review-set-comment = { $dept } { $item } に「{ $mark }」を付けました（{ $comment }）。
col-review = 確認
col-marked-at = 確認日
col-respond-by = 回答期限
review-finding-needs-comment = 「指摘」には内容のコメントが必要です。何が不足しているかを書いてください。
review-too-long = コメントが長すぎます。{ $max }文字以内にしてください。
review-control-char = コメントに制御文字（ESC や文字の向きを変える記号など）が含まれています。その文字を除いて入力し直してください。
grade-major = 重大な不適合
grade-minor = 軽微な不適合
grade-observation = 観察事項
grade-recommendation = 推奨事項
review-finding-graded = 指摘（{ $grade }）
review-finding-needs-grade = 指摘には区分が必要です。重大な不適合・軽微な不適合・観察事項・推奨事項のいずれかを選んでください。
review-only-for-finding = 区分と回答期限は指摘にだけ付けられます。確認済みにするときは外してください。

## 所属の追加・変更（画面から1件ずつ）

dept-edit-empty-code = 所属コードが空です。コードを入力してください。
dept-edit-empty-name = 所属名が空です。名称を入力してください。
dept-edit-too-long = { $field ->
        [code] 所属コード
        [parent] 親コード
       *[name] 所属名
    }が長すぎます。{ $max }文字以内にしてください。
dept-edit-control-char = { $field ->
        [code] 所属コード
        [parent] 親コード
       *[name] 所属名
    }に制御文字（ESC や文字の向きを変える記号など）が含まれています。その文字を除いて入力し直してください。
dept-edit-duplicate = 所属コード「{ $code }」はすでにあります。別のコードにするか、一覧からその所属を編集してください。
dept-edit-unknown = 所属コード「{ $code }」はありません。一覧を更新してから選び直してください。
dept-edit-unknown-parent = 親の所属「{ $parent }」がありません。一覧にある部を選んでください。
dept-edit-cycle = 「{ $code }」を「{ $parent }」の下には置けません。自分自身またはその下の所属です。別の親を選んでください。
dept-edit-retired-parent = 「{ $parent }」は廃止された所属です。使用中の所属を親に選ぶか、先に「{ $parent }」の廃止を取り消してください。
dept-edit-already-retired = 「{ $code }」は { $on } にすでに廃止されています。
dept-edit-not-retired = 「{ $code }」は廃止されていません。
dept-edit-has-children = 「{ $code }」の下に使用中の所属があります（{ $children }）。先にそれらを廃止するか、別の部に移してください。

## 監査ログ

log-tamper-edited = 監査ログの { $seq }番目の記録が書き換えられています。
log-tamper-deleted = 監査ログの { $seq }番目の記録が削除されています。
log-tamper-reordered = 監査ログの { $seq }番目の記録の順序が入れ替えられています。
cli-cmd-review = 監査担当の確認（確認済み／指摘）を付け、一覧を表示します（画面の「確認」と同じ規則で、監査ログに残ります）
cli-cmd-review-set = 1つの回答に「確認済み」または「指摘」（コメント必須）を付けます。付け直すと前の印は履歴に残ります
cli-cmd-review-list = 点検の確認済み・指摘の一覧を表示します
cli-arg-mark = 確認の印：confirmed（確認済み）、finding（指摘。--comment で内容を書く）
cli-cmd-log = 監査ログ（変更の記録）を検証・出力します
cli-cmd-log-verify = 監査ログのつながり（ハッシュ）を検証し、書き換え・削除・入れ替えを見つけます
cli-cmd-log-export = 監査ログを CSV（BOM 付き UTF-8）で出力します
cli-log-verified = 監査ログを検証しました：{ $count }件、書き換え・削除・入れ替えは見つかりませんでした。

## tenken bench / demo --scale ward
cli-cmd-bench = 大規模区（既定：250所属・120項目・5年度分）を生成し、取込・集計・帳票・保存の速さと大きさを測ります（一時フォルダで実行し、データベースには触れません）
cli-arg-scale = デモの規模：small（20所属・2年度）または ward（250所属・120項目・5年度）
cli-arg-sections = 生成する所属（課）の数
cli-arg-items = 生成する点検票の項目数
cli-arg-years = 生成する年度の数（1〜10）
cli-arg-scaling = 50・250・1000所属での集計と帳票の伸び方も測ります
cli-arg-keep = 生成したデータベースを残すフォルダ（省略時は一時フォルダを削除します）
bench-start = 測定を始めます：{ $sections }所属 × { $items }項目 × { $years }年度（{ $machine }）
bench-generated = 大規模区を生成しました：回答 { $answers }件、{ $time }（{ $path }）
bench-col-what = 測定項目
bench-col-target = 目標
bench-col-measured = 測定値
bench-col-peak = 最大メモリ
bench-col-met = 判定
bench-col-sections = 所属数
bench-col-per-section = 1所属あたり
bench-col-pdf-size = 報告書の大きさ
bench-met = 達成
bench-missed = 未達
bench-row-import = 回答パッケージの取込（全所属）
bench-row-consolidate = 集計（所属・条項・系統別、ヒートマップ）
bench-row-audit-pdf = 監査報告書 PDF
bench-row-audit-docx = 監査報告書 Word 文書（.docx）
bench-row-section-pdf = 1所属の点検結果 PDF
bench-row-save = 回答1件の保存
bench-row-staff-summary = 職員セルフチェックの集計（全所属）
bench-staff-measured = { $time }（{ $sheets }人分、回答 { $answers }件）
bench-row-staff-save = 職員1人分の回答の保存
bench-row-follow-ups = 措置状況の読み出し（所属ごとの件数と期限超過）
bench-follow-ups-measured = { $time }（{ $rows }件）
bench-row-flush = ディスクへの書き込み確定（保存の下限）
bench-row-db-size = データベースの大きさ
bench-import-measured = { $time }（うち取込前のバックアップ 約{ $backup }、{ $packages }件、計 { $size }）
bench-db-measured = { $size }（{ $years }年度、回答 { $answers }件）
bench-scaling = 所属数による伸び方（1年度分、中央値。×は50所属のときの1所属あたりの時間に対する比）：
bench-error-empty = 生成した区に測定できる所属がありません。--sections に 20 以上を指定してください。

## 提出期限・問い合わせ先・責任者と担当者、提出時の回答者と所属長

# The fields of the campaign settings and of a submission's sign-off, by code.
settings-field = { $field ->
        [contact-unit] 問い合わせ先の課
        [contact-phone] 問い合わせ先の内線
        [contact-mail] 問い合わせ先のメール
        [lead] 責任者
        [lead-unit] 責任者の所属
        [staff] 担当者
        [staff-unit] 担当者の所属
        [respondent] 回答者
        [approver] 所属長
       *[other] { $field }
    }
settings-bad-date = 「{ $date }」は日付として読めません。2027-01-29 または 令和9年1月29日（R9.1.29）のように書いてください。
settings-due-before-start = 提出期限 { $due } は点検の開始日 { $start } より前です。{ $start } 以降の日付にしてください。
settings-due-after-year = 提出期限 { $due } は年度末 { $end } より後です。{ $end } までの日付にしてください。
settings-too-long = { settings-field }が長すぎます。{ $max }文字以内にしてください。
settings-control-char = { settings-field }に制御文字（ESC や文字の向きを変える記号など）が含まれています。その文字を除いて入力し直してください。
settings-bad-mail = 「{ $mail }」はメールアドレスとして読めません。joho@city.example.lg.jp のように @ とドメインを含めて書いてください。
signoff-required = 提出には{ settings-field }の氏名が必要です。氏名を入力してから提出してください。
signoff-approved-in-future = 承認日 { $date } は今日（{ $today }）より後です。所属長が承認した日を入力してください。
signoff-approved-before-year = 承認日 { $date } は年度の初日 { $start } より前です。この年度の承認日を入力してください。
# 残り日数 and 期限超過, the same words on every screen, the CLI and the reports.
deadline-label = 提出期限
deadline-days-left = { $days ->
        [0] 本日が期限
       *[other] 残り{ $days }日
    }
deadline-overdue = 期限超過
deadline-overdue-days = 期限超過（{ $days }日）
contact-label = 問い合わせ先
officer-lead = 責任者
officer-staff = 担当者
respondent-label = 回答者
approver-label = 所属長
approved-on-label = 承認日
settings-unset = 未設定
col-deadline = 期限
cli-deadline = 提出期限　{ $date }（{ $left }）
cli-deadline-none = 提出期限は未設定です。tenken campaign set --due 2027-01-29 で設定できます。
cli-campaign-settings-saved = { $year }の点検の設定を保存しました。
assessment-label = 総評
cli-assessment-saved = { $year }の総評を保存しました（{ $chars }文字）。報告書の「点検結果の概要」の最初に載ります。
cli-assessment-cleared = { $year }の総評を消しました。
assessment-assurance-warning = 注意：総評に「{ $phrases }」とあります。自己点検は各所属の自己評価であり、監査による保証ではありません。「問題は発見されなかった」のような保証と読める表現は避け、確認した範囲と残る課題を書くことをお勧めします（このまま保存もできます）。
assessment-too-long = 総評が長すぎます。{ $max }文字以内にしてください。
assessment-control-char = 総評に制御文字（ESC や文字の向きを変える記号など）が含まれています。その文字を除いて入力し直してください。
cli-cmd-campaign-assess = 総評（監査担当の所見）を保存します。報告書の「点検結果の概要」の最初に載ります
cli-arg-text = 総評の文（空にすると消えます）
theme-label = 重点テーマ
cli-theme-saved = { $year }の重点テーマを保存しました。各所属の回答画面で該当項目に印が付き、報告書に「重点テーマの結果」が載ります。
cli-theme-cleared = { $year }の重点テーマを消しました。
cli-theme-clause = 条項 { $clause }　{ $title }（すべての項目）
cli-theme-item = 項目 { $item }　{ $text }
theme-title-required = 重点テーマの題名を入力してください（例：令和8年度 重点テーマ：外部記録媒体の管理）。
theme-title-too-long = 重点テーマの題名が長すぎます。{ $max }文字以内にしてください。
theme-title-control-char = 重点テーマの題名に制御文字（ESC や文字の向きを変える記号など）が含まれています。その文字を除いて入力し直してください。
theme-unknown-clause = 条項「{ $clause }」はこの点検の点検票にありません。点検票のとおりの番号（例：6.(4)）で指定してください。
theme-unknown-item = 項目「{ $item }」はこの点検の点検票にありません。点検票の項目IDで指定してください。
theme-nothing-chosen = 重点テーマに含める条項か項目を、少なくとも一つ選んでください（テーマを消すときは題名も空にします）。
cli-cmd-campaign-theme = 重点テーマ（その年度に重点的に確認する条項・項目と題名）を設定します。--clear で消します
cli-arg-title = 重点テーマの題名
cli-arg-clause = 重点テーマに含める条項の番号（例：6.(4)、繰り返し指定できます）
cli-arg-clear = 重点テーマを消します
cli-campaign-show-title = { $year }の点検
cli-submitted-signoff = 回答者 { $respondent }、所属長 { $approver }（承認日 { $date }）
cli-cmd-campaign-set = 点検の提出期限・問い合わせ先・責任者と担当者を変更します（指定した項目だけ。空の値で消去）
cli-cmd-campaign-show = 点検の提出期限（残り日数）・問い合わせ先・責任者と担当者を表示します
cli-arg-deadline = 提出期限（2027-01-29、令和9年1月29日、R9.1.29 など。点検の開始日から年度末まで）
cli-arg-contact-unit = 問い合わせ先の課（例：情報政策課）
cli-arg-contact-phone = 問い合わせ先の内線・電話番号
cli-arg-contact-mail = 問い合わせ先のメールアドレス
cli-arg-lead = 報告書の責任者の氏名
cli-arg-lead-unit = 責任者の所属・職名
cli-arg-staff = 報告書の担当者の氏名
cli-arg-staff-unit = 担当者の所属
cli-arg-respondent = 回答者の氏名（提出に必要）
cli-arg-approver = 承認した所属長の氏名（提出に必要）
cli-arg-approved-on = 所属長の承認日（省略すると今日）
cli-arg-overdue = 提出期限を過ぎて未提出の所属だけを表示します

## コマンド（tenken evidence …）

cli-cmd-evidence = 回答に添付する証跡ファイル（PDF・PNG・JPEG・xlsx）を添付・一覧・保存・削除します（画面の回答欄と同じ規則で、監査ログに残ります）
cli-cmd-evidence-add = 点検項目に証跡ファイルを添付します（1ファイル5 MBまで、所属ごとに合計20 MBまで。種類は中身で確かめます）
cli-cmd-evidence-list = 所属の証跡ファイルの一覧を表示します
cli-cmd-evidence-save = 証跡ファイルを1つ取り出して保存します（データベースの中身は変わりません）
cli-cmd-evidence-remove = 点検項目から証跡ファイルを外します（提出前の所属だけ）
cli-arg-evidence-files = 添付するファイル（複数可。すべて受け付けられるか、1つも添付しないかのどちらかです）
cli-arg-evidence-name = 証跡ファイルの名前（tenken evidence list に出る名前）
cli-arg-evidence-out = 保存先のファイル
cli-arg-evidence-force = 保存先に同じ名前のファイルがあるときに置き換えます
cli-evidence-added = 添付しました：{ $dept } { $item } 「{ $name }」（{ $size }）
cli-evidence-none = 所属「{ $dept }」には証跡ファイルがありません。
cli-evidence-total = 計 { $count }件、{ $size }（所属ごとの上限 20 MB）
cli-evidence-saved = 「{ $name }」を { $path } に保存しました。
cli-evidence-removed = 外しました：{ $dept } { $item } 「{ $name }」
col-file-name = ファイル名
col-file-kind = 種類
col-file-size = サイズ
col-sha256 = SHA-256（先頭）

## コマンド（tenken staff …、tenken campaign staff）

cli-cmd-campaign-staff = 点検に職員セルフチェック（kind = "staff" の点検票）を設定します（--named で記名式。次の配布パッケージで所属の端末に届きます）
cli-cmd-staff = 職員セルフチェックの回答・取込・職員数・集計を扱います
cli-cmd-staff-answer = 職員1人分の回答を保存します（--answers に項目の順で 1＝はい、2＝いいえ、3＝わからない）
cli-cmd-staff-import = 紙やフォームで集めた回答を CSV または Excel（.xlsx、最初のシート）から取り込みます（1行目に項目ID。誤りは行と列で示し、1件でもあれば取り込みません）
cli-cmd-staff-template = 取込用 CSV の1行目（この所属の項目ID）を表示します
cli-cmd-staff-headcount = 所属の職員数を設定します（回答率の分母）
cli-cmd-staff-summary = 職員セルフチェックの集計（所属ごとの回答数・回答率・最も弱い項目。3人未満の所属は率を表示しません）
cli-arg-named = 記名式にします（職員番号を入力して回答。省略時は無記名）
cli-arg-staff-no = 職員番号（記名式のときだけ）
cli-arg-staff-answers = 回答を項目の順にコンマ区切りで（1／はい、2／いいえ、3／わからない）
cli-arg-staff-file = 取り込む CSV または .xlsx ファイル
cli-arg-headcount = 職員数（1以上）
cli-staff-set = { $year }の点検に「{ $title }」（{ $items }項目、{ $named ->
        [named] 記名式
       *[anonymous] 無記名
    }）を設定しました。次の配布パッケージで所属の端末に届きます。
cli-staff-answered = 保存しました。所属「{ $dept }」の回答は { $count }人分になりました。
cli-staff-imported = 所属「{ $dept }」に { $count }人分の回答を取り込みました。
cli-staff-headcount = 所属「{ $dept }」の職員数を { $count }人にしました。
staff-rates-hidden = 3人未満のため率は非表示
staff-too-few = 回答が { $min }人未満のため、項目ごとの率は表示しません（誰の回答か分かってしまうため）。
staff-weakest-heading = 「はい」の割合が低い項目：
col-staff-responses = 回答数
col-staff-headcount = 職員数
col-staff-rate = 回答率
col-staff-weakest = 最も弱い項目
col-staff-bu = 部
col-staff-sections = 課の数
col-staff-last-year = 前年度
col-staff-change = 増減（ポイント）
staff-by-bu-heading = 部ごとの回答率：
staff-ward-rate = 全体の回答率：{ $rate }（回答 { $responses }人／職員数 { $headcount }人）
staff-ward-rate-last = { $year }の回答率：{ $rate }（増減 { $change }ポイント）
staff-without-headcount = 職員数が未入力の課：{ $count }（回答率には含めていません）
staff-weak-last-year = （{ $year } { $rate }、増減 { $change }ポイント）

## 実地監査
onsite-reason-rotation-due = 巡回の順番（{ $years }年間実地監査なし。{ $rotation }年で全所属を一巡）
onsite-reason-low-rate = 実施率が低い（{ $rate }。全体 { $ward }）
onsite-reason-repeats = 再発 { $count }件
onsite-reason-overdue = 期限超過の改善計画・指摘 { $count }件
onsite-reason-many-na = 該当なしが多い（回答 { $answered }項目中 { $count }項目）
onsite-reason-since-last-visit = 前回の実地監査から{ $years }年
onsite-reason-never-visited = 実地監査の記録なし
visit-result-good = 良好
visit-result-some-improvement = 一部改善を要する
visit-result-improvement = 改善を要する
onsite-not-visited = 未実施
onsite-rotation-short = 注意：全所属を巡回の年数内に一巡するには、年に { $needed }所属の実地監査が必要です（今の設定は年 { $visits }所属）。「tenken onsite rules --visits-per-year」で見直してください。
onsite-rotation-years = 巡回の年数 { $years } は使えません。1〜10年で指定してください。
onsite-visits-per-year = 年間の実地監査数 { $count } は使えません。1〜500で指定してください。
onsite-date-before-year = 実施日 { $date } が点検の年度より前です。年度内の日付を入力してください。
onsite-date-in-future = 実施日 { $date } はまだ来ていません。実地監査は実施した後に記録してください。
onsite-no-auditors = 実施した監査担当者の名前を入力してください。
onsite-no-result = 実地監査の結果（良好・一部改善を要する・改善を要する）を選んでください。
onsite-too-long = 入力が長すぎます（{ $max }字まで）。短くしてください。
onsite-control-char = 入力に使えない制御文字が含まれています。文字を打ち直してください。
onsite-not-selected = 所属「{ $dept }」は今年度の実地監査の対象に確定していません。先に対象を確定してください（tenken onsite confirm）。
onsite-empty-selection = 実地監査の対象を1つ以上選んでください。
onsite-visit-recorded = 所属「{ $dept }」は実地監査を記録済みのため、対象から外せません。
cli-onsite-rules = 巡回：{ $years }年で全所属を一巡、年 { $visits }所属を提案
cli-onsite-proposed-mark = 提案
cli-onsite-confirmed = 実地監査の対象 { $count }所属を確定しました。
cli-onsite-none = 今年度の実地監査の対象はまだ確定していません。「tenken onsite plan」で提案を確かめ、「tenken onsite confirm」で確定してください。
cli-onsite-visit-saved = 所属「{ $dept }」の実地監査（{ $date }、{ $result }）を記録しました。
col-onsite-proposed = 提案
col-onsite-score = 点数
col-onsite-reasons = 提案の理由
col-onsite-visit = 実施日・監査担当・結果
col-onsite-findings = 所見
cli-cmd-onsite = 実地監査の対象を提案・確定し、実施を記録します（画面と同じ規則で、監査ログに残ります）
cli-cmd-onsite-plan = 全所属を実地監査の優先順に並べ、理由とともに表示します（提案の印つき）
cli-cmd-onsite-rules = 巡回の年数と年間の実地監査数を表示・設定します
cli-cmd-onsite-confirm = 今年度の実地監査の対象を確定します（所属コードを省略すると提案のとおり）
cli-cmd-onsite-list = 確定した対象と実施の記録を表示します
cli-cmd-onsite-visit = 1所属の実地監査の実施（日付・監査担当・結果・所見）を記録します
cli-arg-onsite-campaign = 点検の年度（省略時は最新）
cli-arg-onsite-json = JSON で出力します
cli-arg-onsite-rotation-years = 全所属を一巡する年数（1〜10、既定 5）
cli-arg-onsite-visits-per-year = 年間に提案する実地監査の数（1〜500、既定 3）
cli-arg-onsite-depts = 対象にする所属コード（省略すると提案のとおり）
cli-arg-onsite-date = 実施日（例：令和8年10月2日、2026-10-02）
cli-arg-onsite-auditors = 実施した監査担当者（1行で）
cli-arg-onsite-result = 結果：good（良好）、some_improvement（一部改善を要する）、improvement（改善を要する）
cli-arg-onsite-findings = 所見（任意）

## 指摘の区分の呼び名
grade-name-empty = 区分の呼び名（{ $lang ->
    [ja] 日本語
   *[en] 英語
  }）が空です。呼び名を入力するか、元の呼び名に戻してください（--reset）。
grade-name-too-long = 区分の呼び名が長すぎます（{ $max }字まで）。短くしてください。
grade-name-control-char = 区分の呼び名に改行や制御文字は使えません。1行で入力してください。
grade-name-duplicate = 「{ $name }」はほかの区分の呼び名です。区分ごとに違う呼び名にしてください。
cli-grade-renamed = 変更あり
col-grade-code = 区分コード
col-grade-ja = 呼び名（日本語）
col-grade-en = 呼び名（英語）
col-grade-renamed = 区の設定
cli-cmd-review-grades = 指摘の区分（重大な不適合・軽微な不適合・観察事項・推奨事項）の呼び名を表示・変更します（区の規程の呼び名に合わせるとき）
cli-arg-grades-grade = 変える区分：major、minor、observation、recommendation
cli-arg-grades-ja = 日本語の呼び名（20字まで）
cli-arg-grades-en = 英語の呼び名（20字まで）
cli-arg-grades-reset = 元の呼び名に戻します
