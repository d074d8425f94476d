# tenken — exchange messages (ja). Every id here must also exist in the other language's exchange.ftl.
# 配布・回答パッケージ（.tenken ファイル）、鍵、バックアップのメッセージ。

## パッケージとして読めないとき（どれもデータベースは変更していません）

pkg-not-a-package = tenken のパッケージ（.tenken）ではありません。渡されたファイルが正しいか確認してください。
pkg-truncated = ファイルが途中で切れています（コピーが最後まで終わっていません）。元のファイルからもう一度コピーしてください。
pkg-damaged = ファイルが壊れているか、作成後に書き換えられています。作成した側にもう一度作成してもらってください。
pkg-too-large = ファイルが大きすぎます（{ $size } バイト、上限 { $max } バイト）。tenken が作ったパッケージではない可能性があります。
pkg-member-too-large = パッケージ内の「{ $name }」が大きすぎます（{ $size } バイト、上限 { $max } バイト）。tenken が作ったパッケージではない可能性があります。
pkg-unsafe-name = パッケージ内に危険な名前「{ $name }」があります（フォルダの外を指す名前です）。このファイルは開かずに、情報セキュリティ担当に連絡してください。
pkg-unexpected-member = パッケージ内に想定外の「{ $name }」があります。作成後に手が加えられています。作成した側にもう一度作成してもらってください。
pkg-duplicate-member = パッケージ内に「{ $name }」が2つあります。作成後に手が加えられています。作成した側にもう一度作成してもらってください。
pkg-missing-member = パッケージに「{ $name }」がありません。作成した側にもう一度作成してもらってください。
pkg-unsupported = パッケージが tenken の使わない圧縮または暗号化を使っています。tenken が作ったパッケージではありません。
pkg-unknown-version = パッケージの形式（第{ $found }版）がこの tenken（第{ $supported }版まで）では読めません。tenken を更新してください。
pkg-bad-manifest = パッケージの目録（manifest.json）が読めません。作成した側にもう一度作成してもらってください。
pkg-bad-manifest-field = パッケージの目録（manifest.json）の{ $field ->
        [package_id] パッケージID
        [campaign] 年度
        [department] 所属コード（空か、長すぎます）
        [questionnaire_hash] 点検票の識別値
        [revision] 版番号
        [format_version] 形式の版
        [members] 収録ファイルの一覧
       *[signer] 作成者の鍵
    }が正しくありません。作成した側にもう一度作成してもらってください。
pkg-bad-signature = 電子署名が一致しません。作成後にファイルが書き換えられています。このファイルは使わず、作成した側にもう一度作成してもらってください。
pkg-member-mismatch = パッケージ内の「{ $name }」が目録の内容と一致しません。作成後に書き換えられています。作成した側にもう一度作成してもらってください。
pkg-bad-contents = パッケージの内容が読めません。作成した側にもう一度作成してもらってください。
pkg-bad-evidence = パッケージの証跡ファイルを受け取れません：{ $detail } 所属にファイルを確かめて、回答パッケージを作り直してもらってください。
pkg-build-failed = パッケージを作成できませんでした：{ $detail }

## 取り込めないとき（本物のパッケージだが受け付けられない）

pkg-wrong-kind = { $found ->
        [distribution] これは配布パッケージです。所属の端末で「tenken package open ファイル」で開いてください。
       *[response] これは回答パッケージです。監査担当の端末で「tenken package import ファイル」で取り込んでください。
    }
pkg-wrong-campaign = { $year }の点検はこのデータベースにありません。年度の違うパッケージか、別の区のパッケージです。
pkg-campaign-closed = { $year }の点検は締め切られています。締切後の回答は取り込みません。必要なら情報セキュリティ担当に相談してください。
pkg-questionnaire-mismatch = { $year }の点検とは別の自己点検票に対するパッケージです。最新の配布パッケージで回答し直してもらってください。
pkg-unknown-department = 所属コード「{ $code }」はこのデータベースにありません。別の区のパッケージか、所属の登録漏れです。
pkg-not-distributed = 所属「{ $code }」には{ $year }の配布パッケージを送っていません。「tenken package distribute --dept { $code }」で配布してから回答してもらってください。
pkg-signer-changed-auditor = 監査担当の鍵が以前と違います（登録済み { $pinned }、今回 { $presented }）。取り込んでいません。監査担当に電話で指紋を読み上げてもらい、一致したときだけ「tenken key repin --auditor --fingerprint { $presented }」で登録し直してください。
pkg-signer-changed-section = 所属「{ $code }」の鍵が以前と違います（登録済み { $pinned }、今回 { $presented }）。取り込んでいません。端末の入替えなどで鍵が変わったか、所属に電話で指紋を読み上げてもらい、一致したときだけ「tenken key repin --dept { $code } --fingerprint { $presented }」で登録し直してください。
pkg-outdated = 第{ $revision }版は古い版です（第{ $current }版を取り込み済み）。取り込んでいません。最新の版を使ってください。
pkg-revision-conflict = 第{ $revision }版は内容の異なる同じ版をすでに取り込んでいます。取り込んでいません。所属に新しい版を作成してもらってください。
pkg-id-conflict = 同じ識別番号で内容の異なるパッケージをすでに取り込んでいます。取り込んでいません。作成した側に確認してください。
pkg-unknown-item = 回答に点検票にない項目「{ $item }」があります。取り込んでいません。
pkg-item-not-applicable = 回答に所属が運用していない系の項目「{ $item }」があります。取り込んでいません。
pkg-duplicate-answer = 項目「{ $item }」に回答が2つあります。取り込んでいません。
pkg-invalid-answer = 取り込んでいません。項目「{ $item }」の回答が入力のきまりに合いません。{ $detail }
pkg-invalid-signoff = 取り込んでいません。提出の回答者・所属長の記録が入力のきまりに合いません。{ $detail }
pkg-invalid-staff = 取り込んでいません。職員セルフチェックの集計が点検票と合いません。{ $detail }
pkg-invalid-follow-up = 取り込んでいません。前年度の改善計画・指摘事項の措置状況が決まりに合いません。{ $detail }
pkg-invalid-finding = 取り込んでいません。監査担当の指摘の記録が入力のきまりに合いません。{ $detail }
pkg-invalid-notice = 開いていません。配布パッケージの提出期限または問い合わせ先が入力のきまりに合いません。{ $detail }
pkg-submitted-incomplete = 提出済みなのに未回答・未確認の項目が{ $count }項目あります。取り込んでいません。所属に確認してください。
pkg-no-distribution = この端末ではまだ配布パッケージを開いていません。先に「tenken package open 配布ファイル」を実行してください。
pkg-several-sections = この端末は複数の所属（{ $codes }）を担当しています。--dept で所属コードを指定してください。

## コマンドの出力

pkg-distribute-file = { $file }（{ $dept } { $name }、第{ $revision }版）
pkg-distribute-done = { $count }件の配布パッケージを { $dir } に作成しました。
pkg-own-fingerprint = この端末の鍵の指紋：{ $fingerprint }（所属から確認の電話があったら読み上げてください）
pkg-open-set-up = { $year } { $dept } { $name } の点検を準備しました（前年度の回答 { $carried }件を「未確認」の下書きとして引き継ぎました）。
pkg-open-updated = { $year } { $dept } { $name } を第{ $revision }版の配布パッケージで更新しました（引継ぎ { $carried }件）。
pkg-open-already = この配布パッケージは開封済みです（{ $dept } { $name }、第{ $revision }版）。変更はありません。
pkg-open-reopened = 監査担当から差し戻されました（理由：{ $reason }）。回答を修正して、もう一度提出してください。
pkg-open-auditor-pinned = 監査担当の鍵を登録しました（指紋：{ $fingerprint }）。監査担当に電話で読み上げてもらい、一致することを確認してください。
pkg-open-next = 次に「tenken answer list --dept { $dept }」で回答を確認し、「tenken answer set」で回答、「tenken submit --dept { $dept }」で提出、「tenken package respond --out フォルダ」で回答パッケージを作成してください。
pkg-respond-written = 回答パッケージを作成しました：{ $file }（第{ $revision }版、{ $state }、回答 { $answers }件）
pkg-respond-next = このファイルを承認された媒体で監査担当に届けてください。
pkg-import-progress = 取込中 { $done }/{ $total }：{ $file }
pkg-import-none = 取り込む .tenken ファイルがありません。ファイルまたはフォルダを指定してください。
pkg-col-file = ファイル
pkg-col-section = 所属
pkg-col-revision = 版
pkg-col-result = 結果
pkg-col-detail = 内容・理由
pkg-result-imported = 取込
pkg-result-superseded = 更新（第{ $previous }版を置換）
pkg-result-already = 取込済み（変更なし）
pkg-result-refused = 拒否
pkg-detail-taken = 回答 { $answers }件・{ $state }
pkg-import-summary = 取込 { $imported }件・更新 { $superseded }件・取込済み { $already }件・拒否 { $refused }件
pkg-import-backup = 取り込み前のデータベースをバックアップしました：{ $path }
pkg-import-no-backup = データベースは変更していないため、バックアップは作成していません。
pkg-import-pinned = 所属「{ $dept }」の鍵を初めて登録しました（指紋：{ $fingerprint }）。所属に電話で読み上げてもらい、一致することを確認してください。
pkg-import-some-refused = { $count }件のパッケージを取り込みませんでした（理由は上の表のとおりです）。
pkg-output-exists = { $path } はすでにあります。上書きはしません。別のフォルダを指定するか、古いファイルを移動してください。

## 鍵

key-random-failed = 乱数を取得できませんでした（{ $detail }）。もう一度実行してください。
key-bad-secret = 保存されている鍵が壊れています。バックアップから復元してください。
key-bad-public-key = 「{ $key }」は公開鍵として読めません。
key-bad-fingerprint = 「{ $text }」は指紋として読めません。4桁ずつ8組の英数字（例：3F2A-91C0-5B7E-D104-8C3A-0F12-9E44-A7B1）で指定してください。
key-show-fingerprint = この端末の鍵の指紋：{ $fingerprint }
key-show-public = 公開鍵：{ $key }
key-show-created = 作成日時：{ $at }
key-show-pins = 登録済みの相手の鍵：
key-show-no-pins = 登録済みの相手の鍵はありません（最初のパッケージを受け取ったときに登録されます）。
key-party-auditor = 監査担当
key-party-section = 所属 { $code }
key-how-first-use = 初回受取時
key-how-repin = 再登録
key-col-party = 相手
key-col-fingerprint = 指紋
key-col-pinned-at = 登録日時
key-col-how = 登録方法
key-repinned = { $party }の鍵を指紋 { $fingerprint } で登録し直しました。次に届くパッケージからこの鍵だけを受け付けます。

## バックアップ

backup-created = バックアップを作成しました：{ $path }
backup-restored = { $from } から復元しました。
backup-restored-previous = 復元前のデータベースは { $path } に保存しました。
backup-restored-new = 復元先にデータベースがなかったため、新しく作成しました。
backup-failed-nothing-imported = バックアップを作成できなかったため、何も取り込んでいません（{ $detail }）。保存先の空き容量と書込み権限を確認してください。

## 点検の締切

cli-campaign-closed = { $year }の点検を締め切りました。これ以降、回答パッケージは取り込みません。
cli-campaign-already-closed = { $year }の点検はすでに締め切られています。

## コマンドのヘルプ

cli-cmd-campaign-close = 年度の点検を締め切ります（以後の回答パッケージは取り込みません）
cli-cmd-package = 端末間のパッケージ（.tenken）を作成・取込みします
cli-cmd-package-distribute = 所属ごとの配布パッケージを作成します（監査担当）
cli-cmd-package-open = 配布パッケージを開いてこの端末で回答できるようにします（所属）
cli-cmd-package-respond = 回答パッケージを作成します（所属）
cli-cmd-package-import = 回答パッケージをファイルまたはフォルダから取り込みます（監査担当）
cli-cmd-key = この端末の鍵と、登録済みの相手の鍵を管理します
cli-cmd-key-show = この端末の鍵の指紋と、登録済みの相手の鍵を表示します
cli-cmd-key-repin = 相手の鍵を、電話で確認した指紋で登録し直します
cli-cmd-backup = データベースのバックアップを作成・復元します
cli-cmd-backup-create = データベースのバックアップを作成します
cli-cmd-backup-restore = バックアップからデータベースを復元します（復元前の状態もバックアップします）
cli-arg-out-dir = パッケージを書き出すフォルダ（同じ名前のパッケージがあれば --force を付けたときだけ置き換えます）
cli-arg-paths = 取り込むパッケージのファイルまたはフォルダ（複数可、フォルダ内の .tenken をすべて）
cli-arg-fingerprint = 相手から電話で聞いた鍵の指紋（例：3F2A-91C0-5B7E-D104-8C3A-0F12-9E44-A7B1）
cli-arg-auditor = 監査担当の鍵を登録し直します（所属の端末で使います）
cli-arg-backup-file = バックアップの保存先ファイル（省略時はデータベースと同じ場所の backups フォルダ）
pkg-log-foreign = パッケージ内の変更記録（{ $seq }番）がこの所属についての記録ではありません。改ざんされたか、tenken 以外で作られたファイルです。取り込んでいません。所属に回答パッケージを作り直してもらってください。
pkg-log-order = パッケージ内の変更記録（{ $seq }番）の順序が正しくありません。取り込んでいません。所属に回答パッケージを作り直してもらってください。

## 回答と配布の結び付け・鍵の共用・版番号の上限

pkg-not-bound = 所属「{ $code }」の回答パッケージは、{ $year }に所属「{ $code }」へ送った配布パッケージを開いた端末で作られたことを確認できません。取り込んでいません。所属「{ $code }」の端末で最新の配布パッケージを開き直し（「tenken package open 配布ファイル」）、回答パッケージを作り直して送ってもらってください。所属に配布ファイルが残っていなければ「tenken package distribute --dept { $code }」で配布し直してください。
pkg-shared-key = 所属「{ $code }」の回答パッケージは、所属「{ $others }」の鍵として登録済みの鍵で署名されています（署名した鍵の指紋 { $presented }、所属「{ $others }」に登録済みの指紋 { $pinned }）。取り込んでいません。1台の端末で複数の所属の回答を作っていることを両方の所属に電話で確認できたときだけ、「tenken package import --allow-shared-key ファイル」で取り込んでください。そうでなければ、所属「{ $code }」の端末で最新の配布パッケージを開き直し、回答パッケージを作り直して送ってもらってください。
pkg-revision-too-far = 第{ $revision }版は版番号が飛びすぎています（{ $current ->
        [0] まだ何も受け取っていないため
       *[other] 受け取り済みの最新は第{ $current }版で
    }、今受け付けるのは第{ $max }版まで）。取り込んでいません。tenken が正しく作ったパッケージではないおそれがあります。作成した側にパッケージを作り直して送ってもらってください。
pkg-import-shared-key = 所属「{ $dept }」の鍵（指紋 { $fingerprint }）は所属「{ $others }」と同じ鍵です。1台の端末でこれらの所属の回答を作っているとの確認に基づいて取り込み、監査ログに記録しました。
cli-arg-allow-shared-key = 他の所属に登録済みの鍵で署名された回答も取り込みます（1台の端末で複数の所属の回答を作っていると確認できたときだけ）
