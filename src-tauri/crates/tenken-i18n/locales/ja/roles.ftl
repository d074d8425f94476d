# tenken — roles, the auditor's passphrase and an item's history (ja). Every id here must also exist in en/roles.ftl.
# 利用区分（監査担当／所属）、監査担当のパスフレーズ、項目の変更履歴。

## 利用区分による拒否（tenken-core role.rs）

role-other-section = この端末は所属「{ $own }」の端末です。所属「{ $dept }」の回答は読み取り専用で、変更できません。
role-auditor-only = { $op ->
        [reopen] 差戻し
        [review] 確認・指摘
        [edit-departments] 所属の登録・変更
        [open-campaign] 点検の開始
        [set-passphrase] パスフレーズの設定
        [exchange] 配布パッケージの作成・回答パッケージの取込・点検の締切・所属の鍵の再登録
        [view] 全所属の確認
       *[other] この操作
    }は監査担当だけが行えます。この端末は所属の端末です。
role-locked = 監査担当のデータベースはパスフレーズで保護されています。環境変数 TENKEN_PASSPHRASE に設定するか、標準入力の1行目で渡すか、端末から実行して入力してください。何も変更していません。
role-needs-passphrase = 監査担当の作業領域にはパスフレーズが必要です。先にパスフレーズを設定してください。

## パスフレーズ（tenken-core passphrase.rs）

auth-too-short = パスフレーズが短すぎます。{ $min }文字以上にしてください。
auth-too-long = パスフレーズが長すぎます。{ $max }文字以内にしてください。
auth-mismatch = 確認のために入力したパスフレーズが一致しません。もう一度同じものを入力してください。
auth-wrong = パスフレーズが違います。
auth-not-set = パスフレーズはまだ設定されていません。
auth-missing = パスフレーズを入力してください。
store-crypto = パスフレーズを保護できませんでした（{ $detail }）。変更は保存されていません。

## コマンド（tenken auditor …）

cli-cmd-auditor = 監査担当の作業領域を管理します
cli-cmd-auditor-passphrase = 監査担当のパスフレーズを設定・変更します（入力は画面に表示されません。標準入力からも読めます）
cli-prompt-passphrase-current = 現在のパスフレーズ：
cli-prompt-passphrase-new = 新しいパスフレーズ（{ $min }文字以上）：
cli-prompt-passphrase-confirm = 新しいパスフレーズ（確認）：
cli-prompt-passphrase = 監査担当のパスフレーズ：
cli-passphrase-set = パスフレーズを設定しました。監査担当の変更操作には、このパスフレーズが必要です（データベースのファイル自体は暗号化されていません）。
cli-passphrase-changed = パスフレーズを変更しました。
cli-error-passphrase-input = パスフレーズを読み取れませんでした（{ $detail }）。

## 画面: パスフレーズ

app-pass-title = 監査担当のパスフレーズ
app-pass-new = パスフレーズ（{ $min }文字以上）
app-pass-confirm = パスフレーズ（確認のためもう一度）
app-pass-current = 監査担当のパスフレーズ
app-pass-setup-hint = 監査担当の作業領域を開くたびに入力します。忘れると監査担当の画面を開けなくなります。
app-pass-protect-note = パスフレーズは画面の操作を守るものです。データベースのファイル自体は暗号化されていないため、端末のログインとファイルの置き場所も管理してください。
app-pass-needed-note = 利用区分を変更するには、監査担当のパスフレーズが必要です。
app-needs-passphrase-lead = この監査担当の作業領域にはまだパスフレーズがありません。続けるにはパスフレーズを設定してください。
app-unlock-title = 監査担当の作業領域を開く
app-unlock-lead = パスフレーズを入力してください。
app-unlock-do = 開く
app-unlock-checking = 確認しています…
app-unlock-forgot = パスフレーズを忘れたとき
app-unlock-forgot-body = パスフレーズはそのままの形では保存していないため、このアプリで調べることも、この画面で作り直すこともできません。同じ作業領域を使っている監査担当の職員に確認してください。
app-unlock-forgot-data = 誰も分からないときは、情報システムの担当者に相談してください。回答や所属のデータは失われていません（データベースのファイルはそのまま残っています）。
app-lock = ロックする
app-tab-settings = 設定
app-pass-change-title = パスフレーズの変更
app-pass-change-current = 現在のパスフレーズ
app-pass-change-new = 新しいパスフレーズ（{ $min }文字以上）
app-pass-change-confirm = 新しいパスフレーズ（確認）
app-pass-change-do = 変更する
app-pass-changed = パスフレーズを変更しました。
app-role-locked = 監査担当の作業領域はロックされています。パスフレーズを入力して開いてください。
app-auth-wrong = パスフレーズが違います。もう一度入力してください（間違えるたびに待ち時間が長くなります）。

## 画面: 変更履歴

app-history-title = 変更履歴
app-history-empty = 変更の記録はありません。
app-history-loading = 読み込み中…
app-history-who = { $role ->
        [auditor] 監査担当
        [section] 所属
        [system] システム
       *[other] 利用区分未設定の端末
    }
app-history-who-section = 所属「{ $dept }」の端末
app-history-value-state = { $value }（{ $state ->
        [unconfirmed] 未確認
       *[confirmed] 確認済み
    }）
app-history-key = 鍵 { $key }
app-history-action = { $action ->
        [answer-save] 回答を保存
        [review-set] 確認・指摘
        [evidence-add] 証跡ファイルを添付
        [evidence-remove] 証跡ファイルを外す
       *[other] { $action }
    }
app-history-sep = ：
app-history-none = （なし）
app-history-comment = コメント
app-history-reason = 理由
app-history-plan = 改善計画
app-history-owner = 担当
app-history-due = 期限
app-history-evidence-file = 証跡ファイル

## コマンド（tenken role …）

cli-cmd-role = この端末の利用区分（監査担当／所属）を表示・変更します（画面の「設定」と同じ規則で、監査ログに残ります）
cli-cmd-role-show = この端末の利用区分と、パスフレーズの有無を表示します
cli-cmd-role-auditor = この端末を監査担当の端末にします（パスフレーズがなければ設定し、あればそれが必要です）
cli-cmd-role-section = この端末を所属の端末にします（パスフレーズが設定されていれば、それが必要です）
cli-role-show = 利用区分：{ $role ->
        [auditor] 監査担当
        [section] 所属 { $dept } { $name }
       *[unset] 未設定（コマンドラインでは制限なし。「tenken role auditor」または「tenken role section --dept 所属コード」で設定してください）
    }
cli-role-protected = 監査担当のパスフレーズ：設定済み（変更の操作には TENKEN_PASSPHRASE か端末での入力が必要です）
cli-role-unprotected = 監査担当のパスフレーズ：未設定
cli-role-now-auditor = この端末を監査担当の端末にしました。
cli-role-now-section = この端末を所属 { $dept } の端末にしました。自所属の回答・提出だけができます。
