# tenken — exchange messages (en). Every id here must also exist in the other language's exchange.ftl.
# Distribution and response packages (.tenken files), keys and backups.

## A file that cannot be read as a package (the database is never changed)

pkg-not-a-package = This is not a tenken package (.tenken) — check that you were given the right file.
pkg-truncated = The file ends too early (the copy did not finish) — copy it again from the original.
pkg-damaged = The file is damaged or was changed after it was made — ask whoever made it to make it again.
pkg-too-large = The file is too large ({ $size } bytes, at most { $max }) — it was probably not made by tenken.
pkg-member-too-large = "{ $name }" inside the package is too large ({ $size } bytes, at most { $max }) — it was probably not made by tenken.
pkg-unsafe-name = The package contains a dangerous name "{ $name }" (it points outside a folder) — do not use this file; tell your information security officer.
pkg-unexpected-member = The package contains an unexpected "{ $name }" — it was altered after it was made. Ask whoever made it to make it again.
pkg-duplicate-member = The package contains "{ $name }" twice — it was altered after it was made. Ask whoever made it to make it again.
pkg-missing-member = The package has no "{ $name }" — ask whoever made it to make it again.
pkg-unsupported = The package uses compression or encryption that tenken never uses — it was not made by tenken.
pkg-unknown-version = The package's format (version { $found }) cannot be read by this tenken (up to version { $supported }) — update tenken.
pkg-bad-manifest = The package's manifest (manifest.json) cannot be read — ask whoever made it to make it again.
pkg-bad-manifest-field = The package's manifest (manifest.json) has an invalid { $field ->
        [package_id] package ID
        [campaign] fiscal year
        [department] department code (empty, or too long)
        [questionnaire_hash] checklist fingerprint
        [revision] revision number
        [format_version] format version
        [members] list of contents
       *[signer] signer's key
    } — ask whoever made it to make it again.
pkg-bad-signature = The signature does not match — the file was changed after it was made. Do not use it; ask whoever made it to make it again.
pkg-member-mismatch = "{ $name }" inside the package does not match its manifest — it was changed after it was made. Ask whoever made it to make it again.
pkg-bad-contents = The package's contents cannot be read — ask whoever made it to make it again.
pkg-bad-evidence = An evidence file in the package cannot be taken: { $detail } Ask the section to check its files and make the response package again.
pkg-build-failed = The package could not be made: { $detail }

## A genuine package that must not be taken

pkg-wrong-kind = { $found ->
        [distribution] This is a distribution package — open it on the section's terminal with "tenken package open FILE".
       *[response] This is a response package — import it on the auditor's terminal with "tenken package import FILE".
    }
pkg-wrong-campaign = This database has no inspection for { $year } — the package is for another year or another ward.
pkg-campaign-closed = The inspection of { $year } is closed — responses are no longer imported. Talk to the information security office if this one is needed.
pkg-questionnaire-mismatch = The package answers a different checklist than the inspection of { $year } — ask the section to answer with the latest distribution package.
pkg-unknown-department = Department code "{ $code }" is not in this database — the package is from another ward, or the department was never registered.
pkg-not-distributed = No distribution package for { $year } was sent to section "{ $code }" — distribute with "tenken package distribute --dept { $code }" first.
pkg-signer-changed-auditor = The auditor's key has changed (pinned { $pinned }, this package { $presented }) — nothing was taken. Phone the auditor, have them read their fingerprint aloud, and only if it matches run "tenken key repin --auditor --fingerprint { $presented }".
pkg-signer-changed-section = The key of section "{ $code }" has changed (pinned { $pinned }, this package { $presented }) — nothing was imported. Phone the section (a replaced terminal has a new key), have them read their fingerprint aloud, and only if it matches run "tenken key repin --dept { $code } --fingerprint { $presented }".
pkg-outdated = Revision { $revision } is outdated (revision { $current } is already imported) — nothing was imported. Use the latest revision.
pkg-revision-conflict = A different package with revision { $revision } was already imported — nothing was imported. Ask the section to make a new revision.
pkg-id-conflict = A different package with the same id was already imported — nothing was imported. Check with whoever made it.
pkg-unknown-item = The response answers item "{ $item }", which is not in the checklist — nothing was imported.
pkg-item-not-applicable = The response answers item "{ $item }" of a tier the section does not operate — nothing was imported.
pkg-duplicate-answer = The response answers item "{ $item }" twice — nothing was imported.
pkg-invalid-answer = Nothing was imported: the answer to item "{ $item }" breaks the answer rules. { $detail }
pkg-invalid-signoff = Nothing was imported: the respondent or head of section recorded with a submission breaks the rules. { $detail }
pkg-invalid-staff = Nothing was imported: the staff self-check roll-up does not fit the checklist. { $detail }
pkg-invalid-follow-up = Nothing was imported: a follow-up of last year's plans and findings breaks a rule. { $detail }
pkg-invalid-finding = Nothing was imported: an auditor's finding in the package breaks the rules. { $detail }
pkg-invalid-notice = Not opened: the deadline or contact in the distribution package breaks the rules. { $detail }
pkg-submitted-incomplete = The response is marked submitted but { $count } items are unanswered or unconfirmed — nothing was imported. Check with the section.
pkg-no-distribution = No distribution package has been opened on this terminal yet — run "tenken package open FILE" first.
pkg-several-sections = This terminal answers for several sections ({ $codes }) — choose one with --dept.

## Command output

pkg-distribute-file = { $file } ({ $dept } { $name }, revision { $revision })
pkg-distribute-done = { $count } distribution packages written to { $dir }.
pkg-own-fingerprint = This terminal's key fingerprint: { $fingerprint } (read it aloud when a section phones to check)
pkg-open-set-up = Set up { $year } for { $dept } { $name } ({ $carried } of last year's answers carried over as unconfirmed drafts).
pkg-open-updated = Updated { $year } { $dept } { $name } from distribution revision { $revision } ({ $carried } carried over).
pkg-open-already = This distribution package was already opened ({ $dept } { $name }, revision { $revision }) — nothing changed.
pkg-open-reopened = The auditor sent the answers back: { $reason } — correct them and submit again.
pkg-open-auditor-pinned = The auditor's key is now pinned. Fingerprint: { $fingerprint } — phone the auditor and check that they read out the same.
pkg-open-next = Next: check the answers with "tenken answer list --dept { $dept }", answer with "tenken answer set", submit with "tenken submit --dept { $dept }", and write the response with "tenken package respond --out FOLDER".
pkg-respond-written = Response package written: { $file } (revision { $revision }, { $state }, { $answers } answers)
pkg-respond-next = Take this file to the auditor on approved media.
pkg-import-progress = Importing { $done }/{ $total }: { $file }
pkg-import-none = No .tenken files to import — name files or folders.
pkg-col-file = File
pkg-col-section = Section
pkg-col-revision = Rev.
pkg-col-result = Result
pkg-col-detail = Details / reason
pkg-result-imported = imported
pkg-result-superseded = superseded revision { $previous }
pkg-result-already = already imported (no change)
pkg-result-refused = refused
pkg-detail-taken = { $answers } answers, { $state }
pkg-import-summary = { $imported } imported, { $superseded } superseded, { $already } already imported, { $refused } refused
pkg-import-backup = The database was backed up before importing: { $path }
pkg-import-no-backup = The database was not changed, so no backup was made.
pkg-import-pinned = The key of section "{ $dept }" is now pinned. Fingerprint: { $fingerprint } — phone the section and check that they read out the same.
pkg-import-some-refused = { $count ->
        [one] One package was
       *[other] { $count } packages were
    } not imported (see the reasons in the table above).
pkg-output-exists = { $path } already exists — it is never overwritten. Choose another folder or move the old file.

## Keys

key-random-failed = No random bytes could be had ({ $detail }) — try again.
key-bad-secret = The stored key is damaged — restore a backup.
key-bad-public-key = "{ $key }" is not a public key.
key-bad-fingerprint = "{ $text }" is not a fingerprint — give 8 groups of 4 hex digits (e.g. 3F2A-91C0-5B7E-D104-8C3A-0F12-9E44-A7B1).
key-show-fingerprint = This terminal's key fingerprint: { $fingerprint }
key-show-public = Public key: { $key }
key-show-created = Created: { $at }
key-show-pins = Pinned keys of others:
key-show-no-pins = No keys of others are pinned yet (a key is pinned when its first package arrives).
key-party-auditor = auditor
key-party-section = section { $code }
key-how-first-use = first package
key-how-repin = re-pinned
key-col-party = Whose
key-col-fingerprint = Fingerprint
key-col-pinned-at = Pinned
key-col-how = How
key-repinned = The key of { $party } is now pinned to fingerprint { $fingerprint }. From the next package on, only this key is accepted.

## Backups

backup-created = Backup written: { $path }
backup-restored = Restored from { $from }.
backup-restored-previous = The database as it was before is saved in { $path }.
backup-restored-new = There was no database, so a new one was created.
backup-failed-nothing-imported = No backup could be made, so nothing was imported ({ $detail }) — check free space and write permission where the database is.

## Closing a campaign

cli-campaign-closed = The inspection { $year } is closed. Response packages are no longer imported.
cli-campaign-already-closed = The inspection { $year } was already closed.

## Command help

cli-cmd-campaign-close = Close a fiscal year's inspection (no response packages are imported afterwards)
cli-cmd-package = Make and take packages (.tenken) between terminals
cli-cmd-package-distribute = Write one distribution package per section (auditor)
cli-cmd-package-open = Open a distribution package so this terminal can answer (section)
cli-cmd-package-respond = Write a response package (section)
cli-cmd-package-import = Import response packages from files or folders (auditor)
cli-cmd-key = This terminal's key and the keys it trusts
cli-cmd-key-show = Show this terminal's key fingerprint and the pinned keys
cli-cmd-key-repin = Pin another key for a party, after checking its fingerprint by phone
cli-cmd-backup = Back up and restore the database
cli-cmd-backup-create = Back up the database
cli-cmd-backup-restore = Restore the database from a backup (the current state is backed up first)
cli-arg-out-dir = Folder to write packages to (a package of the same name is replaced only with --force)
cli-arg-paths = Package files or folders to import (several allowed; every .tenken in a folder)
cli-arg-fingerprint = The key fingerprint the other side read out by phone (e.g. 3F2A-91C0-5B7E-D104-8C3A-0F12-9E44-A7B1)
cli-arg-auditor = Re-pin the auditor's key (on a section's terminal)
cli-arg-backup-file = File to write the backup to (default: the backups folder beside the database)
pkg-log-foreign = Change record { $seq } in the package is not about this section — the file was altered or not made by tenken. Nothing was imported. Ask the section to make the response package again.
pkg-log-order = Change record { $seq } in the package is out of order — nothing was imported. Ask the section to make the response package again.

## Binding responses to distributions, shared keys, revision bounds

pkg-not-bound = The response for section "{ $code }" does not prove that it was made on a terminal that opened the { $year } distribution package sent to "{ $code }" — nothing was imported. On section "{ $code }"'s terminal, open the latest distribution package again ("tenken package open FILE"), make the response again and send it. If the section no longer has the distribution file, distribute again with "tenken package distribute --dept { $code }".
pkg-shared-key = The response for section "{ $code }" is signed by a key already pinned to section "{ $others }" (signer's fingerprint { $presented }, pinned for "{ $others }": { $pinned }) — nothing was imported. Only if you confirmed by phone with both sections that one terminal answers for them, import it with "tenken package import --allow-shared-key FILE". Otherwise have section "{ $code }" open the latest distribution package on its own terminal, make the response again and send it.
pkg-revision-too-far = Revision { $revision } jumps too far ({ $current ->
        [0] nothing has been received yet
       *[other] the latest received is revision { $current }
    }; at most revision { $max } is accepted now) — nothing was imported. The package was probably not made by tenken as it should be; ask its maker to make it again and send it.
pkg-import-shared-key = The key of section "{ $dept }" (fingerprint { $fingerprint }) is the same as that of section "{ $others }". Imported on your confirmation that one terminal answers for these sections; recorded in the audit log.
cli-arg-allow-shared-key = Also take responses signed by a key already pinned to another section (only when you confirmed that one terminal answers for several sections)
