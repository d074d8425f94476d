# tenken — roles, the auditor's passphrase and an item's history (en). Every id here must also exist in ja/roles.ftl.

## Refusals by role (tenken-core role.rs)

role-other-section = This is the terminal of section “{ $own }”. The answers of section “{ $dept }” are read-only here and cannot be changed.
role-auditor-only = { $op ->
        [reopen] Reopening a section
        [review] Marking answers
        [edit-departments] Adding or changing departments
        [open-campaign] Opening a campaign
        [set-passphrase] Setting the passphrase
        [exchange] Distributing, importing responses, closing a campaign or re-pinning a section's key
        [view] Viewing all sections
       *[other] This
    } is for the auditor only. This is a section's terminal.
role-locked = The auditor's database is protected by a passphrase — set it in the environment variable TENKEN_PASSPHRASE, give it as the first line of standard input, or run the command in a terminal and type it. Nothing was changed.
role-needs-passphrase = The auditor's workspace needs a passphrase — set one first.

## Passphrase (tenken-core passphrase.rs)

auth-too-short = The passphrase is too short — use at least { $min } characters.
auth-too-long = The passphrase is too long — use at most { $max } characters.
auth-mismatch = The passphrase typed to confirm is not the same — type the same one again.
auth-wrong = Wrong passphrase.
auth-not-set = No passphrase has been set yet.
auth-missing = Please type the passphrase.
store-crypto = The passphrase could not be protected ({ $detail }). Nothing was saved.

## Commands (tenken auditor …)

cli-cmd-auditor = Manage the auditor's workspace
cli-cmd-auditor-passphrase = Set or change the auditor's passphrase (typed without echo, or read from standard input)
cli-prompt-passphrase-current = Current passphrase:
cli-prompt-passphrase-new = New passphrase (at least { $min } characters):
cli-prompt-passphrase-confirm = New passphrase (again):
cli-prompt-passphrase = Auditor's passphrase:
cli-passphrase-set = Passphrase set. The auditor's changes now need it (the database file itself is not encrypted).
cli-passphrase-changed = Passphrase changed.
cli-error-passphrase-input = The passphrase could not be read ({ $detail }).

## Window: passphrase

app-pass-title = Auditor's passphrase
app-pass-new = Passphrase (at least { $min } characters)
app-pass-confirm = Passphrase (again, to confirm)
app-pass-current = Auditor's passphrase
app-pass-setup-hint = You type it each time the auditor's workspace opens. Without it, the auditor's screens cannot be opened.
app-pass-protect-note = The passphrase guards what is done through this window. The database file itself is not encrypted: keep the computer's login and the file's location under control too.
app-pass-needed-note = Changing the role needs the auditor's passphrase.
app-needs-passphrase-lead = This auditor's workspace has no passphrase yet. Set one to continue.
app-unlock-title = Open the auditor's workspace
app-unlock-lead = Type the passphrase.
app-unlock-do = Open
app-unlock-checking = Checking…
app-unlock-forgot = Forgotten the passphrase?
app-unlock-forgot-body = The passphrase is not stored as such, so this application can neither look it up nor set a new one from this screen. Ask the auditor's colleagues who share this workspace.
app-unlock-forgot-data = If nobody knows it, ask your information systems staff. No answers or departments are lost: the database file is untouched.
app-lock = Lock
app-tab-settings = Settings
app-pass-change-title = Change the passphrase
app-pass-change-current = Current passphrase
app-pass-change-new = New passphrase (at least { $min } characters)
app-pass-change-confirm = New passphrase (again)
app-pass-change-do = Change
app-pass-changed = The passphrase was changed.
app-role-locked = The auditor's workspace is locked — type the passphrase to open it.
app-auth-wrong = Wrong passphrase. Please try again (each wrong one makes the next wait longer).

## Window: history

app-history-title = History of changes
app-history-empty = No changes recorded.
app-history-loading = Loading…
app-history-who = { $role ->
        [auditor] Auditor
        [section] Section
        [system] System
       *[other] Terminal without a role
    }
app-history-who-section = the terminal of section { $dept }
app-history-value-state = { $value } ({ $state ->
        [unconfirmed] unconfirmed
       *[confirmed] confirmed
    })
app-history-key = key { $key }
app-history-action = { $action ->
        [answer-save] Answer saved
        [review-set] Review mark
        [evidence-add] Evidence file attached
        [evidence-remove] Evidence file removed
       *[other] { $action }
    }
app-history-sep = {": "}
app-history-none = (none)
app-history-comment = Comment
app-history-reason = Reason
app-history-plan = Plan
app-history-owner = owner
app-history-due = due
app-history-evidence-file = evidence file

## Commands (tenken role …)

cli-cmd-role = Show or change what this terminal is for, auditor or section (same rules as the window's Settings; recorded in the audit log)
cli-cmd-role-show = Show this terminal's role and whether a passphrase is set
cli-cmd-role-auditor = Make this the auditor's terminal (sets the passphrase if there is none, else needs it)
cli-cmd-role-section = Make this one section's terminal (needs the passphrase where one is set)
cli-role-show = Role: { $role ->
        [auditor] auditor
        [section] section { $dept } { $name }
       *[unset] not chosen (not restricted on the command line; choose it with “tenken role auditor” or “tenken role section --dept CODE”)
    }
cli-role-protected = Auditor's passphrase: set (changes need TENKEN_PASSPHRASE or typing it on a terminal)
cli-role-unprotected = Auditor's passphrase: not set
cli-role-now-auditor = This is now the auditor's terminal.
cli-role-now-section = This is now the terminal of section { $dept }. It answers and submits for that section only.
