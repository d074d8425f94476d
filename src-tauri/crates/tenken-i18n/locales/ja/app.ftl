# tenken — app messages (ja). Every id here must also exist in the other language's app.ftl.
# 画面（tenken-app）の文言。語彙（value-*, state-*, tier-*, col-* など）は tenken.ftl のものを使います。

app-title = 情報セキュリティ自己点検
app-lang-label = 表示言語
app-lang-ja = 日本語
app-lang-en = English
app-change-role = 利用区分の変更
app-db-path = データベース：{ $path }
app-cancel = キャンセル
app-close = 閉じる
app-save = 保存
app-edit = 編集
app-back = 戻る
app-actions = 操作

## 初回起動

app-setup-title = この端末の利用区分を選んでください
app-setup-lead = 初回だけの設定です。あとで画面右上の「利用区分の変更」から変えられます。
app-setup-role = 利用区分
app-role-auditor = 監査担当
app-role-auditor-hint = 所属と点検の管理、進捗の確認、集計と指摘を行います（情報政策課など）。
app-role-section = 所属
app-role-section-hint = 自所属の自己点検に回答し、提出します。
app-who-section = 所属
app-setup-section = 回答する所属
app-setup-search = 所属を探す（コードまたは名前の一部）
app-setup-search-none = 当てはまる所属がありません。検索の語を変えてください。
app-setup-section-missing = 回答する所属を一覧から選んでください。
app-setup-lang-hint = 表示言語は画面右上でいつでも切り替えられます（English も選べます）。
app-setup-start = この設定で始める
app-no-campaign-section = 点検がまだ開始されていません。監査担当が年度の点検を開始すると、ここに表示されます。
app-no-campaign-auditor = 点検がまだありません。「点検」タブで年度の点検を開始してください。

## 所属: 概要

app-section-nav = 所属の画面
app-nav-overview = 概要
app-nav-answer = 回答
app-nav-list = 一覧で確認
app-reopened-title = 監査担当から差し戻されました。差戻しの理由は次のとおりです。
app-submitted-banner = { $at }に提出済みです。回答は読み取り専用です。直す場合は監査担当に差戻しを依頼してください。
app-progress-title = 進捗
app-stat-applicable = 回答対象
app-stat-answered = 回答済み
app-stat-unconfirmed = 未確認
app-stat-auto-na = 該当なし（対象外の系）
app-progress-label = { $applicable }項目中 { $answered }項目が回答済み
app-start-answering = 回答を始める
app-continue-answering = 未回答の項目から続ける
app-jump-submit = 提出へ進む（このページの最後）
app-by-clause-title = 条項別
app-submit-title = 提出
app-submit-lead = 提出すると回答は変更できなくなります。先に「一覧で確認」で所属長の確認を受けてください。
app-submit-check = 提出の準備を確認する
app-submit-missing = まだ提出できません。未回答・未確認の項目が{ $count }項目あります。項目を選ぶと、その回答画面に移ります。
app-submit-confirm = すべての項目に回答済みです。提出しますか？ 提出後は回答を変更できません。
app-submit-do = 提出する

## 所属: 回答

app-read-only-note = 提出済みのため、回答は読み取り専用です。
app-items-title = 点検項目
app-filter-label = 表示する項目
app-filter-all = すべて
app-filter-unanswered = 未回答のみ
app-filter-unconfirmed = 未確認（前年度から引継ぎ）のみ
app-filter-empty = この条件に当てはまる項目はありません。
app-next-missing = 次の未回答へ
app-pick-item = 左の一覧から項目を選んでください。
app-clause = 条項 { $clause }
app-priority = 重点
app-evidence = 根拠資料の例
app-auto-na-explain = この項目は、この所属が運用していない系のものなので自動で「該当なし」です。回答は不要です。
app-evidence-location = 証跡の所在
app-evidence-location-hint = 確認に使った文書の名前と保管場所（例：外部記録媒体管理台帳、課内共有フォルダ「庶務」）。監査担当が求めるときの手がかりになります。
app-evidence-location-listed = 証跡の所在：{ $evidence }
app-evidence-files = 証跡ファイル
app-evidence-files-none = 添付されたファイルはありません。
app-evidence-files-hint = 確認に使った文書の写し（PDF・PNG・JPEG・Excel の .xlsx）を添付できます。1ファイル5 MBまで、所属で合計20 MBまで。回答パッケージに入って監査担当に届きます。
app-evidence-attach = ファイルを添付する…
app-evidence-open = 開く
app-evidence-save = 保存する
app-evidence-remove = 外す
app-evidence-open-label = 「{ $name }」を開く（読み取り専用）
app-evidence-save-label = 「{ $name }」を保存する
app-evidence-remove-label = 「{ $name }」を外す
app-evidence-busy = 処理しています…
app-evidence-attached = 添付しました：{ $names }
app-evidence-name-separator = 、
app-evidence-removed = 「{ $name }」を外しました。
app-evidence-opened = 読み取り専用の写しを開きました：{ $path }
app-evidence-saved = 保存しました：{ $path }
app-evidence-no-viewer = この端末には「{ $path }」を開けるアプリがありません。「保存する」で書き出してから、ファイルを開けるパソコンで確認してください。
app-evidence-folder = 証跡
app-evidence-not-found = 項目「{ $item }」には「{ $name }」がもう添付されていません。画面を開き直してください。
app-evidence-required = 重点項目を「実施している」と回答するときは、証跡の所在を必須にする
app-evidence-required-hint = 所属は、証跡の所在を書くまで提出できません。次に送る配布パッケージで所属の端末にも伝わります。
app-repeat = 再発
app-repeat-explain = 同じ所属が前年度もこの項目で改善を要した、または2年続けて指摘を受けた項目です。
app-auto-na-attribute-explain = この項目は「{ $attribute }」の所属に向けたもので、この所属にはその属性がないため自動で「該当なし」です。回答は不要です。属性が実際と違うときは、監査担当に連絡してください。
app-unconfirmed-explain = 前年度の回答を引き継いだものです。内容を確認し、回答を選び直すと確認済みになります。
app-answer-legend = 回答（数字キー 1〜4 で選択）
app-comment = コメント
app-na-reason = 該当なしの理由
app-plan = 改善計画
app-plan-action = 何をするか
app-plan-owner = 担当
app-plan-due = 期限（例：令和9年3月31日）
app-saving = 保存中…
app-saved = 保存済み
app-not-saved = 保存されていません。
app-unsaved = 未保存
app-required = 必須
app-prev-item = 前の項目
app-next-item = 次の項目
app-back-overview = 概要に戻る
app-key-help = キー操作：1〜4 回答を選ぶ ／ ↑↓ 前後の項目 ／ ←→ 回答の選択肢 ／ Enter 次の回答項目へ ／ Esc 入力欄から項目に戻る

## 所属: 一覧

app-list-title = 回答の一覧
app-list-lead = 所属長の確認用です。項目を選ぶとその回答画面に移ります。

app-print = 印刷する
app-sign-title = 所属長の確認
app-sign-lead = 上記の回答の内容を確認しました。
app-sign-date = 確認日
app-sign-name = 所属長 氏名
app-sign-seal = 印

## 監査担当

app-auditor-nav = 監査担当の画面
app-tab-board = 進捗
app-tab-summary = 集計
app-tab-departments = 所属
app-tab-campaigns = 点検
app-board-title = 所属別の進捗
app-board-filter = 進捗で絞り込む
app-all-sections = 全所属
app-view-answers = 回答を見る
app-reopen = 差し戻す…
app-reopen-reason = 差戻しの理由
app-reopen-do = 差し戻す
app-summary-title = 点検結果の集計
app-rate-explain = 実施率＝（実施＋一部×0.5）÷（実施＋一部＋未実施）。該当なしと未回答は含みません。
app-no-rate = —
app-heatmap-title = 所属 × 条項
app-heatmap-lead = セルを選ぶと、その回答の一覧を表示します。
app-heat-cell = { $section }、条項 { $clause }、実施率 { $rate }
app-heat-legend = 凡例
app-heat-band-lt50 = 50%未満
app-heat-band-lt75 = 50〜74%
app-heat-band-lt90 = 75〜89%
app-heat-band-top = 90〜100%
app-heat-band-unanswered = 未回答（採点できる回答がない）
app-heat-band-excluded = 対象外（運用していない系の条項）
app-heat-unanswered = 未回答
app-heat-excluded = 対象外
app-heat-repeat-mark = 再
app-heat-band-repeat = 再発を含む（前年度も改善を要した項目、または再び指摘した項目）
app-heat-repeat-label = 再（再発 { $count }件）
app-by-section-title = 所属別
app-by-tier-title = 系別
app-drill-title = 回答：
app-drill-count = { $count }件
app-col-question = 点検項目
app-col-review = 確認
app-review-confirmed = 確認済み
app-review-confirm-do = 確認済みにする
app-review-finding = 指摘
app-review-finding-open = 指摘する…
app-drill-cell = { $section } × 条項 { $clause }
app-finding-comment = 指摘の内容
app-finding-grade = 区分
app-finding-grade-choose = 選んでください
app-finding-save = 指摘を記録する

app-departments-title = 所属（部・課）
app-departments-lead = 末端の所属（課）が点検に回答します。変更は次に開始する点検から反映されます。
app-tree-title = 組織
app-dept-add = 所属を追加
app-dept-attributes-hint = 属性によって、回答する項目が決まります。主管課は主管課の項目にも答えます。該当しない属性の項目は、理由を付けて自動で「該当なし」になります。次に開始する点検から反映されます。
app-dept-add-child = 下に追加
app-dept-add-under = { $name }の下に追加
app-dept-add-under-section = 「{ $name }」は今は点検に回答する所属（課）です。下に所属を追加すると、「{ $name }」はまとめる所属（部）になり、次に開始する点検から回答しなくなります。下に追加しますか？
app-dept-add-confirm = 下に追加する
app-dept-edit = 所属を編集
app-dept-edit-named = { $name } を編集
app-dept-name = 所属名
app-dept-parent = 親の所属
app-dept-top = （最上位の部）
app-dept-added = 所属 { $code } を追加しました。
app-dept-updated = 所属 { $code } を変更しました。
app-dept-retire = 廃止する
app-dept-retire-named = 「{ $name }」を廃止する
app-dept-retire-ask = 「{ $name }」を今日付けで廃止しますか？ 開始済みの点検には残り、次に開始する点検からは対象外になります。過去の点検結果と記録は消えません。誤って廃止したときは「廃止を取り消す」で戻せます。
app-dept-retire-do = 廃止する
app-dept-retired = 「{ $code } { $name }」を廃止しました。次に開始する点検からは対象外です。
app-dept-restore = 廃止を取り消す
app-dept-restore-named = 「{ $name }」の廃止を取り消す
app-dept-restored = 「{ $code } { $name }」の廃止を取り消しました。次に開始する点検から再び対象になります。
app-import-title = CSV から取り込む
app-import-lead = 見出しが「所属コード,所属名,親コード,系」の CSV ファイル（UTF-8 または Shift_JIS）。「属性」の列（主管課、業務委託ありなどを空白区切り）は任意です。既存のコードは更新、新しいコードは追加します。
app-import-file = CSV ファイル
app-import-choose = ファイルを選ぶ
app-import-none = ファイルが選ばれていません
app-import-do = 取り込む
app-import-no-file = ファイルを選んでください。
app-import-done = 取り込みました（追加 { $added }件、更新 { $updated }件）。

app-campaigns-title = 年度の点検
app-campaign-list = 点検の一覧
app-col-opened = 開始日
app-col-carried = 引継ぎ元
app-campaign-open = 点検を開始する
app-checklist-size = { $sections }条項・{ $items }項目
app-carry-over = 前年度の回答を引き継ぐ
app-carry-over-hint = 引き継いだ回答は「未確認」となり、所属が確認するまで提出できません。
app-campaign-open-do = 開始する
app-campaign-opened = 点検を開始しました（対象 { $sections }所属、引継ぎ { $carried }件）。

## 画面向けのエラー文（同じ id の tenken.ftl の文はコマンド操作向け）

app-error-unknown-checklist = 自己点検票「{ $id }」はありません。
app-error-unknown-lang = 言語「{ $lang }」には対応していません。
app-error-not-open = データベースを開けませんでした（{ $detail }）。
app-error-shipped = 同梱の自己点検票が読み込めません（{ $detail }）。
app-answer-na-needs-reason = 「該当なし」には理由が必要です。「該当なしの理由」に書いてください。
app-answer-needs-plan = 「{ $value ->
        [partial] 一部実施
       *[no] 実施していない
    }」には改善計画が必要です。「何をするか」と「期限」を書いてください。
app-answer-needs-due = 改善計画に期限がありません。「期限」に令和9年3月31日のように書いてください。
app-answer-bad-date = 「{ $date }」は日付として読めません。「期限」に令和9年3月31日（または 2027-03-31）のように書いてください。
app-answer-due-out-of-range = 期限 { $due } はこの年度の改善計画の期限にできません。{ $earliest } から { $latest } までの日付にしてください。
app-answer-control-char = { $field ->
        [comment] コメント
        [reason] 理由
        [plan] 改善計画
       *[owner] 担当
    }に制御文字（ESC や文字の向きを変える記号など）が含まれています。その文字を除いて入力し直してください。
app-answer-too-long = { $field ->
        [comment] コメント
        [reason] 理由
        [plan] 改善計画
       *[owner] 担当
    }が長すぎます。{ $max }文字以内にしてください。
app-state-reason-control-char = 理由に制御文字（ESC や文字の向きを変える記号など）が含まれています。その文字を除いて入力し直してください。
app-state-locked = この所属は提出済みのため、回答を変更できません。監査担当に差戻しを依頼してください。
app-state-reason-required = 差戻しには理由が必要です。「差戻しの理由」に書いてください。
app-store-nothing-to-carry-over = 引き継ぐ前年度以前の点検がありません。「前年度の回答を引き継ぐ」を外して開始してください。
app-store-no-sections = 所属が登録されていません。先に「所属」タブで所属を追加するか CSV から取り込んでください。
app-store-no-campaign = 点検がまだ開始されていません。監査担当が「点検」タブで開始します。
app-store-not-empty = このデータベースにはすでにデータがあります。

## 書き出し（進捗一覧と集計の画面から）、差戻し日、ヘッダーの提出数

app-export-title = 書き出し
app-export-pdf = 報告書（PDF）を書き出す
app-export-docx = 報告書を Word（.docx）に書き出す（文言を編集するとき）
app-export-written-docx = { $path } に書き出しました（Word 文書）。
app-export-xlsx = 所属別の表を Excel（.xlsx）に書き出す
app-export-csv = 所属別の表を CSV に書き出す
app-export-hint = 報告書はコマンドの「tenken report audit」と、表は「tenken export progress」と同じ内容です。データベースと同じ場所の reports フォルダに、前のファイルを残して保存します。
app-export-busy = 書き出しています…
app-export-written-pdf = { $path } に書き出しました（{ $count }ページ）。
app-export-written-table = { $path } に書き出しました（{ $count }行）。
app-col-excluded = 対象外（系）
app-reopened-on = { $date }に差戻し
app-header-submitted = 提出 { $submitted } / { $total }

## 提出期限・問い合わせ先・責任者、提出時の回答者と所属長（issue O）
app-deadline-field-hint = 点検の開始日から年度末までの日付。2027-01-29、令和9年1月29日、R9.1.29 のどれでも書けます。
app-settings-title = 提出期限・問い合わせ先・報告書の責任者
app-settings-lead = 所属の画面と所属別点検結果票に提出期限と問い合わせ先が、報告書に責任者と担当者が出ます。
app-contact-unit = 問い合わせ先の課
app-contact-phone = 内線・電話番号
app-contact-mail = メールアドレス
app-lead = 責任者の氏名
app-lead-unit = 責任者の所属・職名
app-staff = 担当者の氏名
app-staff-unit = 担当者の所属
app-settings-save = 設定を保存する
app-settings-saved = 設定を保存しました。
app-assessment-lead = 監査担当の所見を書きます。報告書の「点検結果の概要」の最初に載ります。段落ごとに改行してください。自己点検は保証ではないため、「問題は発見されなかった」のような表現には注意が表示されます。
app-assessment-save = 総評を保存する
app-assessment-saved = 総評を保存しました。
app-theme-lead = その年度に重点的に確認する条項を選び、題名を付けます。各所属の回答画面で該当項目に「重点テーマ」の印が付き、集計のヒートマップで絞り込め、報告書に「重点テーマの結果」が載ります。題名を空にして何も選ばずに保存すると消えます。
app-theme-title = 題名（例：令和8年度 重点テーマ：外部記録媒体の管理）
app-theme-clauses = 重点テーマに含める条項
app-theme-items = ほかに項目単位で含めているもの：{ $items }（コマンドラインで設定）
app-theme-save = 重点テーマを保存する
app-theme-saved = 重点テーマを保存しました。
app-theme-cleared = 重点テーマを消しました。
app-theme-badge = 重点テーマ
app-theme-only = 重点テーマのみ（{ $title }）
app-signoff-lead = 提出には、回答した人と、回答を確認して承認した所属長の氏名が必要です。
app-approved-on-hint = 空欄のときは今日の日付になります。
app-signoff-line = 回答者 { $respondent }　所属長 { $approver }（承認日 { $date }）
app-submissions-title = 提出履歴
app-submissions-submit = 提出
app-submissions-reopen = 差戻し
app-board-overdue = 期限超過の所属
contact-separator = { "　" }
deadline-chip-left = （{ $left }）

## 画面を開けないとき（tenken-app の起動時。メッセージボックス・標準エラー・ログに出します）

app-no-window-title = tenken の画面を開けません
app-no-webview2 =
    画面の表示に必要な「Microsoft Edge WebView2 ランタイム」が、このパソコンに見つかりません。
    情報システム担当に、WebView2 ランタイム（Evergreen）のインストールを依頼してください。Microsoft のオフライン インストーラー（スタンドアロン版）で、インターネットにつながらない端末にも入れられます。tenken が自分でダウンロードすることはありません。
    コマンドライン版（tenken.exe）は WebView2 がなくても使えます。
    詳細：{ $reason }
    記録：{ $log }
app-no-webview =
    画面の表示に必要な WebView（WebKitGTK）を起動できませんでした。情報システム担当に確認を依頼してください。
    コマンドライン版（tenken）はそのまま使えます。
    詳細：{ $reason }
    記録：{ $log }

## 職員セルフチェック（画面）

app-nav-staff = 職員セルフチェック
app-nav-follow-ups = 措置状況
app-follow-up-title = 前年度の改善計画・指摘事項の措置状況
app-follow-up-lead = 前年度の点検で立てた改善計画と、監査担当からの指摘事項について、今どうなっているかを答えてください。すべてに答えるまで提出できません。
app-follow-up-answered = 回答済み
app-follow-up-overdue = 期限超過
app-follow-up-plan = 前年度の改善計画
app-follow-up-owner = 担当：{ $owner }、
app-follow-up-due = 期限：{ $due }
app-follow-up-finding = 監査担当の指摘
app-follow-up-state = 措置状況
app-follow-up-new-due = 新しい完了予定日
app-follow-up-new-due-hint = 例：令和9年3月31日、R9.3.31、2027-03-31
app-follow-up-reason = 理由
app-follow-up-note = 補足（任意）
app-follow-up-save = 措置状況を保存する
app-follow-up-saved = 保存しました。
app-col-follow-ups = 措置状況
app-follow-up-overdue-count = 期限超過 { $count }
app-staff-title = 職員セルフチェック
app-staff-count-title = 回答の状況
app-staff-count = 回答 { $responses }人 / 職員数 { $has ->
        [yes] { $headcount }人
       *[no] 未入力
    }
app-staff-rate = （回答率 { $rate }）
app-staff-headcount = 職員数
app-staff-headcount-save = 職員数を保存する
app-staff-headcount-hint = 会計年度任用職員を含めた、この所属の職員の人数です。回答率の分母になり、回答パッケージで監査担当に届きます。
app-staff-headcount-saved = 職員数を保存しました。
app-staff-start = 職員の回答を始める（1人ずつ）
app-staff-privacy-anonymous = 回答は無記名です。誰がどう答えたかは記録されず、この端末にも表示されません。所属長と監査担当に届くのは項目ごとの人数だけで、回答が3人未満のうちは割合も示しません。
app-staff-privacy-named = この点検は記名式です。回答は職員番号とともにこの端末に記録され、所属長が確認できます。監査担当に届くのは項目ごとの人数だけです。
app-staff-rollup-title = 項目ごとの結果
app-staff-too-few = 回答が { $min }人以上になると、項目ごとの結果を表示します（それまでは誰の回答か分かってしまうため表示しません）。
app-staff-weakest = 「はい」の割合が低い項目
app-staff-col-item = 項目
app-staff-col-share = 「はい」の割合
app-staff-mode-title = 職員セルフチェック（1人ずつ回答）
app-staff-mode-hint = 自分のふだんの行動について答えてください。数字キー 1＝はい、2＝いいえ、3＝わからない で答えると次の問いに進みます。
app-staff-no = 職員番号
app-staff-progress = { $done } / { $total }問に回答
app-staff-send = 回答を送る
app-staff-close = 職員セルフチェックを終える
app-staff-done-title = 回答ありがとうございました
app-staff-thanks = 回答を受け付けました。各問いの正しいやり方を確認してください。「いいえ」「わからない」と答えた問いには印が付いています。
app-staff-practice-title = 正しいやり方
app-staff-next = 次の人へ（画面を消去）
staff-value-yes = はい
staff-value-no = いいえ
staff-value-unknown = わからない
app-staff-beside-title = 同じ条項の職員セルフチェック（回答 { $responses }人、「はい」の割合）
app-staff-min-rate-hint = 職員数に対する職員セルフチェックの回答率（%）。これに届くまで所属は提出できません。空欄なら求めません。次の配布パッケージで所属の端末に伝わります。
app-staff-ward-rate = 全体の回答率
app-staff-ward-count-title = 回答した職員
app-staff-ward-count = { $responses }人 / 職員数 { $headcount }人
app-staff-last-year-rate = { $year }の回答率
app-staff-change = （増減 { $change }ポイント）
app-staff-without-headcount = 職員数が未入力の所属が { $count }あります。回答率には含めていません。
app-staff-by-bu-title = 部ごとの回答率
app-staff-by-section-title = 所属ごとの回答率と最も低い項目
app-staff-col-bu = 部
app-staff-col-sections = 所属の数
app-staff-col-change = 増減（ポイント）
app-staff-col-no = 番号
app-staff-col-clause = 条項
app-staff-col-answers = 回答数
app-staff-items-title = 職員セルフチェック 項目ごとの結果（全体）
app-staff-items-lead = 回答が{ $min }人以上の所属の回答だけを数えています。番号は「所属 × 項目」の列の番号です。
app-staff-ward-weakest = 全体で「はい」の割合が低い項目
app-staff-vs-last-year = （{ $year } { $rate }、増減 { $change }ポイント）
app-staff-heat-title = 所属 × 職員セルフチェック項目
app-staff-heat-lead = 各所属の「はい」の割合です。回答が{ $min }人未満の所属は、誰の回答か分からないよう割合を示しません。列の番号は上の項目ごとの結果の番号です。
app-staff-heat-cell = { $section }、項目 { $no }、{ $rate }
app-staff-heat-too-few = 3人未満
app-staff-heat-no-answers = 未回答
app-staff-heat-not-asked = 対象外
app-staff-heat-band-too-few = { $min }人未満（割合を示さない）
app-staff-heat-band-no-answers = 未回答（まだ誰も答えていない）
app-staff-heat-band-not-asked = 対象外（この所属の職員には問わない項目）
app-finding-received = 監査担当からの指摘

## 実地監査
app-tab-onsite = 実地監査
app-onsite-title = 実地監査の対象と実施の記録
app-onsite-lead = 点検の結果・再発・期限超過・該当なしの多さ・前回の実地監査からの年数をもとに、全所属を実地監査の優先順に並べています。巡回の年数内に一度も実地監査をしていない所属は、必ず提案に入ります。対象を確定し、実施したら日付・監査担当・結果・所見を記録してください。
app-onsite-rules = 巡回の決まり
app-onsite-rotation-years = 全所属を一巡する年数
app-onsite-visits-per-year = 年間に提案する所属の数
app-onsite-rules-save = 決まりを保存する
app-onsite-rules-saved = 巡回の決まりを保存しました。優先順を計算し直しました。
app-onsite-rotation-short = 全所属を巡回の年数内に一巡するには、年に { $needed }所属の実地監査が必要です（今の設定は年 { $visits }所属）。
app-onsite-ranking = 優先順と提案の理由
app-onsite-ranking-lead = 印のついた所属が提案です。チェックを付け外しして、対象を確定してください。
app-onsite-ranking-confirmed = 今年度の対象は確定済みです。付け外しして確定し直すこともできます（実施を記録した所属は外せません）。
app-onsite-choose = 対象
app-onsite-proposed = 提案
app-onsite-rotation-due = 巡回の順番
app-onsite-confirm = この { $count }所属で確定する
app-onsite-confirmed = 実地監査の対象 { $count }所属を確定しました。
app-onsite-visit-title = { $code } { $name } の実地監査
app-onsite-visit-recorded = 記録済み：{ $date }、{ $result }
app-onsite-visit-date = 実施日
app-onsite-visit-auditors = 監査担当者
app-onsite-visit-result = 結果
app-onsite-visit-save = 実施を記録する

## 指摘の区分の呼び名
app-grade-names-title = 指摘の区分の呼び名
app-grade-names-lead = 区の規程で指摘の区分を別の呼び名にしているときは、ここで変えてください。4つの段階と並び順はそのままで、画面・一覧・報告書のすべてが新しい呼び名になります。日本語と英語の両方が必要です（20字まで）。
app-grade-names-ja = 区分{ $n }（日本語）
app-grade-names-en = 区分{ $n }（英語）
app-grade-names-save = 保存する
app-grade-names-reset = 元の呼び名に戻す
app-grade-names-saved = 「{ $grade }」を保存しました。
