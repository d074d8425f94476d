# tenken — English messages
# Every id here must also exist in ja/tenken.ftl, and the other way round.
#
# Glossary (the window, the command line and the reports say the same thing the same way):
# - An item is unanswered, unconfirmed (carried over from last year, not yet checked) or answered.
#   Together: "unanswered or unconfirmed", never "not done" / "incomplete".
# - A section's progress: not started / in progress / submitted / reopened (sent back by the auditor with a reason).
# - The auditor's marks: badges "Confirmed" and "Finding"; buttons are verbs ("Mark as confirmed", "Record a finding…").
# - 系 is a "tier" (My Number tier, LGWAN tier, Internet tier, School administration tier), never a "zone".
# - Dates: 31 March 2027. Fiscal years: FY2025.

## Vocabulary

state-draft = In progress
state-submitted = Submitted
state-reopened = Reopened
phase-not-started = Not started
phase-in-progress = In progress
phase-submitted = Submitted
value-yes = Implemented
value-partial = Partly implemented
value-no = Not implemented
value-na = Not applicable
value-auto-na = Not applicable (tier not operated)
value-auto-na-attribute = Not applicable (not "{ $attribute }")
value-no-evidence = Evidence location missing
value-unanswered = Unanswered
value-unconfirmed = unconfirmed
tier-mynumber = My Number tier
tier-lgwan = LGWAN tier
tier-internet = Internet tier
tier-school = School administration tier
tier-common = Common (all tiers)
method-review = Document review
method-interview = Interview
method-observation = Observation
method-reconciliation = Reconciliation
method-separator = {", "}
method-label = How to check
attribute-central = Central department
attribute-system_owner = System owner
attribute-outsourcing = Uses contractors
attribute-my_number_data = Handles My Number data
attribute-counter = Public counter
attribute-school = School
attribute-label = Attributes
attribute-none = None
attribute-separator = {", "}
evidence-required-label = Where evidence is kept
evidence-required-yes = required for priority items answered yes
evidence-required-no = optional
audience-section = Section items
audience-central = Central department items
auto-na-tiers = Not applicable (automatic): this section does not operate { $tiers }.
auto-na-attribute = Not applicable (automatic): this section does not have the attribute "{ $attribute }".
focus-label = Points to look at
dept-kind-section = Section
dept-kind-group = Department
dept-kind-retired = Retired ({ $date })
missing-unanswered = not answered
missing-unconfirmed = carried over from last year and not yet confirmed (check it and save it again)
missing-no-evidence = a priority item answered yes needs where its evidence is kept (the document checked and where it is)
missing-follow-up = last year's improvement plan or finding has no follow-up yet (choose done, in progress, not started or dropped)
follow-up-done = Done
follow-up-in-progress = In progress
follow-up-not-started = Not started
follow-up-dropped = Dropped
follow-up-no-state = Choose where the follow-up stands (done, in progress, not started or dropped).
follow-up-needs-date = "In progress" needs the new completion date (e.g. 2027-03-31).
follow-up-date-too-early = The new completion date { $date } is before this fiscal year. Enter a date in this year or later.
follow-up-needs-reason = "{ $state }" needs its reason.
follow-up-date-only-in-progress = A completion date goes with "in progress" only. Clear the date or choose "in progress".
follow-up-too-long = The text is too long (at most { $max } characters). Shorten it.
follow-up-control-char = The text contains a control character. Type it again.
follow-up-no-such = Item { $item } has no improvement plan or finding from last year. Check with "tenken follow-up list".
cli-follow-up-none = There is no improvement plan or finding from last year to follow up.
cli-follow-up-plan = Plan: { $action } (due { $due })
cli-follow-up-finding = Finding: { $text }
cli-follow-up-saved = Saved the follow-up of item { $item } of section "{ $dept }" as "{ $state }".
cli-follow-up-counts = Follow-ups: { $answered } of { $total } answered, { $overdue } overdue
col-follow-ups = Follow-ups
col-done = Done
col-overdue = Overdue
col-follow-up-last-year = Last year's plan or finding
col-follow-up-answered = Answered
col-follow-up-state = Follow-up
cli-cmd-follow-up = List and answer the follow-up of last year's improvement plans and findings (done, in progress, not started, dropped; the same rules as the window, recorded in the audit log)
cli-cmd-follow-up-list = List the follow-ups (without --dept: counts and overdue by section)
cli-cmd-follow-up-answer = Answer one follow-up (in progress needs --new-due; not started and dropped need --reason)
cli-arg-follow-up-dept = Section code (left out: counts by section)
cli-arg-follow-up-campaign = The campaign's fiscal year (the newest when left out)
cli-arg-follow-up-json = Print JSON
cli-arg-follow-up-state = Where it stands: done, in_progress, not_started or dropped (or 完了, 対応中, 未着手, 取りやめ)
cli-arg-follow-up-due = The new completion date when in progress (e.g. 2027-03-31)
cli-arg-follow-up-reason = Why not started or dropped
cli-arg-follow-up-note = A note (optional)
cli-missing-line = clause { $clause } { $item }: { $why }

## Column headings

col-code = Code
col-department = Department
col-kind = Kind
col-tiers = Tiers
col-attributes = Attributes
col-year = Year
col-fiscal-year = Fiscal year
col-questionnaire = Checklist
col-submitted = Submitted
col-hash = Checklist ID
col-clause = Clause
col-item = Item ID
col-answer = Answer
col-comment = Comment / reason
col-plan = Improvement plan
col-due = Due
col-phase = Progress
col-state = State
col-answered = Answered/applicable
col-unconfirmed = Unconfirmed
col-submitted-at = Submitted on
col-reopened-at = Sent back on
col-yes = Yes
col-partial = Partly
col-no = No
col-na = N/A
col-unanswered = Unanswered
col-rate = Rate
col-title = Heading

## Years and dates

error-year-out-of-range = Fiscal year "{ $year }" cannot be used. Give a Gregorian year from { $min } to { $max } (e.g. 2026 for Reiwa 8).

## Checklist (TOML) validation

q-syntax = The TOML is malformed ({ $detail }) — check quotes, brackets and equals signs.
q-unknown-key = { $table ->
        [top] The top level of the file
        [questionnaire] The [questionnaire] table
        [section] A [[section]]
        [item] A [[section.item]]
       *[other] { $table }
    } has no key "{ $key }" — the keys are { $allowed }. Check the spelling.
q-missing-key = { $table ->
        [top] The file
        [questionnaire] The [questionnaire] table
        [section] This [[section]]
        [item] This [[section.item]]
       *[other] { $table }
    } lacks the required "{ $key }" — add a line { $key } = "…".
q-wrong-type = "{ $key }" has the wrong kind of value — { $expected ->
        [text] write text in quotes, like "…".
        [bool] write true or false.
        [date] write a date without quotes, like 2025-04-01.
        [text-list] write a list of texts, like ["lgwan", "internet"].
        [table] write it as a table.
       *[array-of-tables] write it with double brackets, like [[{ $key }]].
    }
q-empty-text = "{ $key }" is empty — write its content.
q-placeholder = "{ $key }" still holds the scaffold's placeholder (TODO) — replace it with the real text.
q-unknown-tier = There is no tier "{ $tier }" — write one of mynumber, lgwan, internet, school.
q-tier-not-declared = Tier "{ $tier }" is not in the tiers of [questionnaire] — add it there or remove it from the item.
q-unknown-method = There is no check method "{ $method }". Write one of review, interview, observation, reconciliation (or 閲覧, ヒアリング, 視察, 突合).
q-duplicate-method = Check method "{ $method }" appears twice in this item's method (閲覧 and review are the same method). Keep one.
q-unknown-audience = There is no audience "{ $audience }". Write section (every section) or central (the central department).
q-unknown-attribute = There is no department attribute "{ $attribute }". Write one of central, system_owner, outsourcing, my_number_data, counter, school (or 主管課, システム所管, 業務委託あり, 特定個人情報を扱う, 窓口あり, 学校).
q-unknown-kind = There is no checklist kind "{ $kind }". Write section (a section's checklist) or staff (the staff self-check).
q-staff-needs-practice = Item { $id } of a staff self-check has no practice (the right way, one line shown after answering). Write it.
q-not-for-staff = { $key } belongs to section checklists only; an item of a staff self-check (kind = "staff") cannot have it.
mapping-syntax = This is not an item mapping ({ $detail }). Write [mapping] with questionnaire and from, and [map] with "old item" = ["new item", …].
mapping-other-questionnaire = This mapping belongs to checklist "{ $found }". Give the mapping of checklist "{ $expected }".
mapping-bad-from = The mapping's from is not a checklist id (64 hex digits). Look up the old checklist's id with questionnaire validate.
mapping-unknown-target = The mapping sends old item { $old } to { $new }, which the new checklist does not have. Check the item id.
q-duplicate-id = Item ID "{ $id }" is already used on line { $first } — give this item an ID of its own.
q-duplicate-clause = Clause "{ $clause }" already has a [[section]] on line { $first } — merge them into one [[section]].
q-invalid-id = ID "{ $id }" has characters that are not allowed — use lower-case letters, digits and hyphens only (e.g. toshima-6-3-1-a).
q-item-without-section = An item stands outside any [[section]] — write it as [[section.item]] after a [[section]].
q-section-without-items = Clause "{ $clause }" has no items — add at least one [[section.item]].
q-no-sections = The file has no [[section]] — write the items under [[section]] and [[section.item]].

## Spreadsheet import

sheet-missing-column = Sheet "{ $sheet }" row { $row }: the required column "{ $name }" is not in the header row — add a column headed "{ $name }".
sheet-empty-cell = Sheet "{ $sheet }" cell { $column }{ $row }: "{ $name }" is empty — fill it in.
sheet-unknown-tier = Sheet "{ $sheet }" cell { $column }{ $row }: there is no tier "{ $tier }" — write mynumber, lgwan, internet or school (or their Japanese names).
sheet-tier-not-declared = Sheet "{ $sheet }" cell { $column }{ $row }: tier "{ $tier }" is not one of this checklist's tiers — check the tiers given.
sheet-unknown-method = Sheet "{ $sheet }" cell { $column }{ $row }: there is no check method "{ $method }". Write review, interview, observation or reconciliation (or 閲覧, ヒアリング, 視察, 突合).
sheet-invalid-id = Sheet "{ $sheet }" cell { $column }{ $row }: ID "{ $id }" has characters that are not allowed — use lower-case letters, digits and hyphens only.
sheet-duplicate-id = Sheet "{ $sheet }" cell { $column }{ $row }: ID "{ $id }" is also used on row { $first } — make the IDs unique.
sheet-no-rows = Sheet "{ $sheet }": there are no item rows — enter one item per row below the header row.

## Departments (CSV)

dept-csv-encoding = The department file's encoding cannot be read — save it from Excel as "CSV UTF-8 (comma delimited)".
dept-csv-empty = The department file lists no departments — below the header row (code,name,parent,tiers) write one department per line.
dept-csv-missing-column = The department file has no "{ $column }" column — make the first line "code,name,parent,tiers" (or 所属コード,所属名,親コード,系).
dept-csv-bad-row = Line { $line } of the department file cannot be read ({ $detail }) — check the number of columns and the quotes.
dept-csv-empty-cell = Line { $line } of the department file: { $column ->
        [code] the code
       *[name] the name
    } is empty — fill it in.
dept-csv-duplicate = Line { $line } of the department file: code "{ $code }" repeats line { $first } — codes must be unique.
dept-csv-unknown-parent = Line { $line } of the department file: the parent "{ $parent }" of "{ $code }" does not exist — list the parent first or correct its code.
dept-csv-unknown-tier = Line { $line } of the department file: there is no tier "{ $tier }" — write mynumber, lgwan, internet, school separated by spaces.
dept-csv-unknown-attribute = Line { $line } of the department file: there is no attribute "{ $attribute }" — write central, system_owner, outsourcing, my_number_data, counter, school (or their Japanese names) separated by spaces.
dept-csv-too-long = Line { $line } of the department file: the { $column ->
        [code] code
        [parent] parent code
       *[name] name
    } is too long — keep it within { $max } characters.
dept-csv-control-char = Line { $line } of the department file: the { $column ->
        [code] code
        [parent] parent code
       *[name] name
    } contains a control character (such as ESC or a text-direction override) — remove it.
dept-csv-cycle = Line { $line } of the department file: following the parents of "{ $code }" leads back to itself — correct the parent codes.

## Answers

answer-na-needs-reason = "Not applicable" needs a reason — give it with --reason.
answer-needs-plan = "{ $value ->
        [partial] Partly implemented
       *[no] Not implemented
    }" needs an improvement plan — say what will be done with --plan and by when with --due.
answer-needs-due = The improvement plan has no due date — give one like --due 2027-03-31.
answer-bad-date = "{ $date }" is not a date — write it as year-month-day, like 2027-03-31 (or in the Japanese era, 令和9年3月31日 or R9.3.31).
answer-due-out-of-range = The due date { $due } is outside the dates a plan of this fiscal year may have — give a date from { $earliest } to { $latest }.
answer-control-char = The { $field ->
        [comment] comment
        [reason] reason
        [plan] improvement plan
        [evidence] evidence location
       *[owner] owner
    } contains a control character (such as ESC or a text-direction override) — type it again without it.
answer-too-long = The { $field ->
        [comment] comment
        [reason] reason
        [plan] improvement plan
        [evidence] evidence location
       *[owner] owner
    } is too long — keep it within { $max } characters.


## Staff self-check

staff-not-staff-checklist = "{ $id }" is not a staff self-check (give a checklist with kind = "staff").
staff-no-checklist = This campaign has no staff self-check. The auditor sets one with tenken campaign staff, and it arrives in the distribution package.
staff-unknown-item = "{ $item }" is not an item of this section's staff self-check.
staff-duplicate = Staff self-check item "{ $item }" is answered twice. Answer it once.
staff-unanswered = { $count } staff self-check items are unanswered (the first is "{ $first }"). Answer every item, then send.
staff-no-needed = This self-check is named: enter your staff number.
staff-no-in-anonymous = This self-check is anonymous: do not enter a staff number (nobody's answers are recorded by name).
staff-bad-staff-no = Enter a staff number of at most { $max } characters, without control characters.
staff-bad-headcount = Enter the number of staff as a number from 1 to { $max }.
staff-bad-rollup = The staff self-check roll-up does not add up ({ $detail }).
staff-rate-too-low = Not yet: { $responses } of { $headcount } staff have answered the staff self-check, short of the { $min }% ({ $needed } staff) the auditor asks. Ask the others to answer, then submit.
staff-headcount-needed = Not yet: enter the number of staff first, so that the staff self-check's response rate (at least { $min }%) can be checked.
staff-min-rate-label = Staff self-check response rate needed to submit
staff-min-rate-value = at least { $rate }%
settings-bad-rate = "{ $rate }" is not a response rate. Enter a number from 1 to 100 (percent), or leave it empty to remove it.
cli-arg-staff-min-rate = Staff self-check response rate a section needs to submit (percent, 1–100; an empty text removes it)
staff-csv-bad-value = Row { $row }, "{ $column }": "{ $value }" is not an answer. Write yes / no / unknown (or 1 / 2 / 3).
staff-csv-sheet = Row { $row }, "{ $column }": { $detail }
staff-csv-not-text = This cannot be read as a staff self-check CSV. Save it again as a UTF-8 or Shift_JIS CSV with the item ids in row 1.
staff-csv-no-items = Row 1 names none of this section's staff self-check item ids. tenken staff template writes a header to start from.
staff-csv-errors = The staff self-check CSV has { $count } mistakes; nothing was imported. { $first }

## Evidence files

evidence-empty-name = The file name is empty. Choose a file that has a name.
evidence-name-has-path = The file name "{ $name }" contains a folder separator (/ \ :) or a control character. Give it a plain file name, then attach it.
evidence-name-too-long = The file name "{ $name }" is too long. Rename it to at most { $max } characters, then attach it.
evidence-unsupported-type = "{ $name }" cannot be attached. Attach PDF, PNG, JPEG or Excel (.xlsx) files.
evidence-empty-file = "{ $name }" is empty (0 bytes). Check the original file.
evidence-too-large = "{ $name }" is { $size }, more than the { $max } a file may be. Split the pages or lower the resolution, then attach it.
evidence-content-mismatch = "{ $name }" is named as { $claimed } but its content is { $found ->
        [other] not { $claimed }
       *[x] { $found }
    }. A renamed or damaged file cannot be attached: choose the original file as it is.
evidence-section-too-large = This section's evidence files would come to { $total }, more than { $max }. Remove files that are not needed, then attach it.
evidence-too-many = This section already has { $max } evidence files; no more can be attached. Remove files that are not needed.
evidence-duplicate = Item "{ $item }" already has "{ $name }" attached. To replace it, remove it first.
evidence-not-found = Item "{ $item }" has no evidence file "{ $name }". See the attached files with tenken evidence list.

## Submission and reopening

state-already-submitted = This section has already submitted. To change anything, ask the auditor to reopen it.
state-incomplete = Not ready to submit — { $count ->
        [one] one item is
       *[other] { $count } items are
    } unanswered or unconfirmed{ $unconfirmed ->
        [0] {""}
       *[other] {" "}({ $unconfirmed } of them carried over from last year and not yet confirmed)
    }{ $evidence ->
        [0] {""}
       *[other] {" "}({ $evidence } priority items answered yes without where their evidence is kept)
    }. Answer the items below, then submit.
state-not-submitted = Only a submitted section can be reopened.
state-reason-required = Reopening needs a reason — give it with --reason.
state-reason-control-char = The reason contains a control character (such as ESC or a text-direction override) — type it again without it.
state-locked = This section has submitted, so its answers cannot change — ask the auditor to reopen it.

## Database

store-not-found = There is no database at { $path } — create one with "tenken init" or point --db at it.
store-not-a-database = { $path } is not a tenken database (not an SQLite file) — point --db at the right file. The file was not changed.
store-not-tenken = { $path } is an SQLite database of another program — point --db at a tenken file. The file was not changed.
store-too-new = This database was made by a newer tenken (format { $found }; this version reads up to { $supported }) — update tenken. The file was not changed.
store-already-exists = There is already a file at { $path } — choose another place.
store-not-empty = This database already holds data — the demo can only be written into an empty one (use --force to replace it).
store-unknown-department = There is no department with code "{ $code }" — see "tenken dept list" for the codes.
store-key-pinned-elsewhere = Key { $fingerprint } is already trusted as department "{ $other }"'s key — it was not registered for "{ $code }". Only if both departments confirmed by phone that one terminal answers for both, register it again with --allow-shared-key.
store-not-in-campaign = Department "{ $code }" does not take part in the { $year } inspection (it is a department above sections, or was added after the campaign opened).
store-no-campaign = No inspection has been opened yet — open one with "tenken campaign open --year 2026 --questionnaire checklist.toml".
store-unknown-campaign = There is no inspection for { $year } — see "tenken campaign list".
store-campaign-exists = The inspection for { $year } is already open.
store-nothing-to-carry-over = There is no earlier inspection to carry answers over from — open it without --carry-over.
store-staff-checklist = "{ $id }" is a staff self-check. Open the inspection with a section checklist (e.g. questionnaires/toshima.toml).
store-no-sections = No departments are registered — import them first with "tenken dept import departments.csv".
store-unknown-item = Item "{ $item }" is not in this year's checklist — see "tenken answer list" for the item IDs.
store-item-not-applicable = Item "{ $item }" belongs to a tier that section "{ $code }" does not operate, so it is "not applicable" automatically. No answer is needed.
store-corrupt = Stored data is damaged ({ $detail }) — restore a backup.
store-io = Cannot read or write { $path } ({ $detail }).
store-sqlite = The database operation failed ({ $detail }). Nothing was saved.
store-migration = The database format could not be updated ({ $detail }). The file was not changed.

## Command line

cli-about = tenken — information-security self-inspection (sections' answers and the auditor's consolidation)
cli-usage = Usage:
cli-usage-options = [OPTIONS]
cli-heading-commands = Commands
cli-heading-options = Options
cli-heading-arguments = Arguments
cli-value-command = COMMAND
cli-after-help = "tenken <command> --help" shows the details of a command. Choose the database with --db or the TENKEN_DB environment variable.
cli-see-help = "tenken --help" shows how to use tenken.
cli-cmd-init = Create the database
cli-cmd-demo = Create a demo database (--scale ward for a large ward)
cli-cmd-dept = Manage departments and sections
cli-cmd-dept-import = Import departments from a CSV (code,name,parent,tiers)
cli-cmd-dept-list = List the departments
cli-cmd-dept-retire = Retire a department (it stays in campaigns already open and is left out of the next one)
cli-cmd-dept-restore = Take a retired department back into use
cli-cmd-dept-attributes = Set a department's attributes (central, outsourcing, …; an empty text clears them)
cli-cmd-campaign = Manage the yearly inspections
cli-cmd-campaign-open = Open a fiscal year's inspection with a checklist
cli-cmd-campaign-list = List the inspections
cli-cmd-answer = Enter and show a section's answers
cli-cmd-answer-set = Answer an item
cli-cmd-answer-list = List a section's answers
cli-cmd-submit = Submit a section's answers (they are locked afterwards)
cli-cmd-reopen = Send a submitted section back, with a reason
cli-cmd-status = Show each section's progress
cli-cmd-summary = Show rates by section, clause and tier
cli-cmd-questionnaire = Check and create checklists (TOML)
cli-cmd-questionnaire-validate = Check checklists and report every mistake
cli-cmd-questionnaire-show = Show a checklist's clauses and its ID
cli-cmd-questionnaire-scaffold = Make a starting checklist from a policy text
cli-cmd-questionnaire-import-xlsx = Make a checklist from an Excel sheet (one row per item)
cli-arg-db = Database file (default: $TENKEN_DB, else the user's data folder)
cli-arg-lang = Language, ja or en (default: from $LANG)
cli-arg-help = Show how to use this
cli-arg-version = Show the version
cli-arg-force = Delete the existing database and create it again
cli-arg-overwrite = Replace a file of the same name (without it, tenken stops and replaces nothing)
cli-arg-file = The file to read
cli-arg-files = The files to check (one or more)
cli-arg-json = Print JSON
cli-arg-year = Fiscal year (Gregorian, e.g. 2026 for Reiwa 8)
cli-arg-questionnaire = Checklist file (TOML)
cli-arg-carry-over = Carry last year's answers over as unconfirmed drafts
cli-arg-dept = Department code
cli-arg-grade = Grade of a finding (major, minor, observation, recommendation; required for a finding)
cli-arg-respond-by = Date the section is asked to respond to the finding by (2027-01-29 or 令和9年1月29日)
cli-arg-code = Department code
cli-arg-on = Date of retirement (default: today; 2026-11-30 or 令和8年11月30日)
cli-arg-attributes = Attributes separated by spaces (e.g. "central system_owner", "counter outsourcing")
cli-arg-evidence = Where the evidence is (the document and where it is kept)
cli-arg-evidence-required = Whether priority items answered yes need where their evidence is kept (yes / no)
cli-arg-campaign = Fiscal year (Gregorian; default: the newest inspection)
cli-arg-item = Item ID
cli-arg-value = Answer: yes, partial, no, na (not applicable)
cli-arg-comment = Comment
cli-arg-reason = Reason (for not applicable, or for reopening)
cli-arg-plan = Improvement plan (required for partial and no)
cli-arg-owner = Who carries out the plan
cli-arg-due = Due date of the plan (e.g. 2027-03-31)
cli-arg-policy = The policy text (a text file)
cli-arg-id = ID of the new checklist (lower-case letters, digits, hyphens)
cli-arg-out = Output file (default: standard output; a file of the same name is replaced only with --force)
cli-arg-sheet = The sheet to read (default: the first)

cli-error-invalid-value = "{ $value }" is not allowed for { $arg } — use one of { $valid }.
cli-error-empty-value = { $arg } was given an empty value — give it a value, or leave the option out.
cli-error-bad-value = The value "{ $value }" of { $arg } cannot be read — give it in the right form.
cli-error-unknown-argument = There is no option "{ $arg }".
cli-error-unknown-command = There is no command "{ $command }".
cli-error-missing-argument = Required but not given: { $arg }
cli-error-missing-command = Give a command.
cli-error-usage = The command line is wrong.
cli-error-conflict = { $arg } cannot be given together with { $other } — give only one of them.
cli-error-repeated = { $arg } was given more than once — give it once.
io-not-found = the file or folder does not exist
io-permission-denied = no permission
io-already-exists = a file of that name already exists
io-is-a-directory = it is a folder, not a file
io-not-a-directory = a part of the path is not a folder
io-storage-full = the disk is full
io-read-only = the disk is read-only
io-other = { $detail }
cli-error-read = Cannot read { $path } ({ $detail }) — check the file's place and name.
cli-error-exists = { $path } already exists and was not overwritten — add --force to replace it, or give another name.
cli-error-write = Cannot write { $path } ({ $detail }) — existing files are never overwritten; choose another name.
cli-error-not-text = { $path } cannot be read as text — save it as UTF-8.
cli-error-workbook = { $path } cannot be read as an Excel workbook (.xlsx) ({ $detail }).
cli-error-no-such-sheet = { $path } has no sheet named "{ $sheet }" — check the sheet name.
cli-error-no-data-dir = The user's data folder cannot be found — give the database's place with --db.
cli-error-lang = Language "{ $lang }" is not available — use ja or en.
cli-questionnaire-invalid = { $path }: { $count ->
        [one] one mistake
       *[other] { $count } mistakes
    }. Correct each line above as it says.
cli-sheet-invalid = { $path }: { $count ->
        [one] one mistake
       *[other] { $count } mistakes
    }. Correct each cell above.
cli-validate-failed = { $count ->
        [one] One file has
       *[other] { $count } files have
    } mistakes.

cli-init-created = Database created: { $path }
cli-init-exists = The database already exists: { $path }
cli-demo-written = Demo database created: { $path } ({ $sections } sections, { $answers } answers; this year is { $year })
cli-dept-imported = Departments imported ({ $added } added, { $updated } updated)
cli-dept-retired = "{ $code } { $name }" retired as of { $date }. It stays in campaigns already open and is left out of the next one opened.
cli-dept-attributes = The attributes of "{ $code } { $name }" are now: { $attributes }. They decide the items it answers from the next campaign opened.
cli-unknown-attribute = There is no department attribute "{ $attribute }". Write central, system_owner, outsourcing, my_number_data, counter, school (or their Japanese names) separated by spaces.
cli-dept-restored = "{ $code } { $name }" is in use again: the next campaign opened includes it.
cli-campaign-opened = Inspection { $year } opened: { $title } ({ $sections } sections, { $carried } answers carried over, checklist ID { $hash })
cli-campaign-unmapped = { $count } of last year's answered items have no place in the new checklist and were not carried over: { $items }
cli-answer-saved = Saved: { $dept } { $item } = { $value }
cli-submitted = Section { $dept } submitted its answers for { $year }.
cli-reopened = Section { $dept } was reopened (reason: { $reason }).
cli-status-title = { $year } progress by section
cli-summary-title = { $year } inspection results — { $submitted } of { $total } sections submitted, rate { $rate }
cli-summary-by-section = By section
cli-summary-by-clause = By clause
cli-summary-by-tier = By tier
cli-validate-ok = { $path }: OK ({ $sections } clauses, { $items } items, checklist ID { $hash })
cli-show-header = Criteria: { $policy } (in force { $effective }) Tiers: { $tiers }
cli-show-section = { $clause } { $title } — { $items } items{ $priority ->
        [0] {""}
       *[other] {" "}({ $priority } priority)
    }
cli-show-total = { $sections } clauses, { $items } items. Checklist ID (SHA-256): { $hash }
cli-answer-evidence = Evidence: { $text }
cli-answer-method = How to check: { $methods }
cli-answer-focus = Points to look at: { $text }
cli-answer-reason = Why not applicable: { $text }
cli-answer-comment = Comment: { $text }
cli-answer-evidence-location = Evidence kept at: { $text }
cli-answer-plan = Plan: { $action } (owner: { $owner }, due { $due })
cli-answer-no-owner = not given
cli-scaffold-done = Found { $clauses } clauses in { $path } and wrote { $sections } sections, one per clause with no clause under it{ $parents ->
    [0] .
   *[other] ; the { $parents } clauses with clauses under them are heading comments.
} Replace every "TODO", then check it with "tenken questionnaire validate".
cli-scaffold-definitions = Clauses that define terms ({ $clauses }) are marked "定義の条項"; delete their sections if sections have nothing to inspect there.
cli-scaffold-unplaced = { $count } lines start with a number but fit nowhere in the clause sequence (a skipped or repeated number?); they are also listed at the top of the file. Compare them with the policy and add sections by hand where they are clauses:
cli-scaffold-unplaced-line = { "  " }line { $line }: { $text }
cli-import-xlsx-done = Made a checklist from sheet "{ $sheet }" of { $path }. Replace every "TODO", then check it with "tenken questionnaire validate".

## The auditor's review

review-mark-confirmed = Confirmed
review-mark-finding = Finding
cli-review-set = Marked { $dept } { $item } as "{ $mark }".
cli-review-set-comment = Marked { $dept } { $item } as "{ $mark }" ({ $comment }).
col-review = Review
col-marked-at = Marked on
col-respond-by = Respond by
review-finding-needs-comment = A finding needs a comment — say what is missing.
review-too-long = The comment is too long — keep it within { $max } characters.
review-control-char = The comment contains a control character (such as ESC or a text-direction override) — type it again without it.
grade-major = Major nonconformity
grade-minor = Minor nonconformity
grade-observation = Observation
grade-recommendation = Recommendation
review-finding-graded = Finding ({ $grade })
review-finding-needs-grade = A finding needs a grade: choose major nonconformity, minor nonconformity, observation or recommendation.
review-only-for-finding = Only a finding has a grade and a response date. Remove them to mark the answer confirmed.

## Adding and changing a department (one at a time, in the window)

dept-edit-empty-code = The department code is empty — enter a code.
dept-edit-empty-name = The department name is empty — enter a name.
dept-edit-too-long = The { $field ->
        [code] department code
        [parent] parent code
       *[name] department name
    } is too long — keep it within { $max } characters.
dept-edit-control-char = The { $field ->
        [code] department code
        [parent] parent code
       *[name] department name
    } contains a control character (such as ESC or a text-direction override) — type it again without it.
dept-edit-duplicate = Department code "{ $code }" already exists — choose another code, or edit that department from the list.
dept-edit-unknown = There is no department "{ $code }" — refresh the list and choose again.
dept-edit-unknown-parent = The parent department "{ $parent }" does not exist — choose a division from the list.
dept-edit-cycle = "{ $code }" cannot go under "{ $parent }" — that is itself or one of its own sub-departments. Choose another parent.
dept-edit-retired-parent = "{ $parent }" is retired. Choose a department in use as the parent, or first restore "{ $parent }".
dept-edit-already-retired = "{ $code }" was already retired on { $on }.
dept-edit-not-retired = "{ $code }" is not retired.
dept-edit-has-children = "{ $code }" still has departments in use under it ({ $children }). Retire them or move them to another division first.

## Audit log

log-tamper-edited = Event { $seq } of the audit log was altered.
log-tamper-deleted = Event { $seq } of the audit log was deleted.
log-tamper-reordered = Event { $seq } of the audit log is out of order.
cli-cmd-review = Mark answers as confirmed or as findings, and list the marks (the window's rules; kept in the audit log)
cli-cmd-review-set = Mark one answer "confirmed" or "finding" (a finding needs a comment); a new mark keeps the earlier one in the history
cli-cmd-review-list = List the campaign's confirmed answers and findings
cli-arg-mark = The mark: confirmed, or finding (say what is wrong with --comment)
cli-cmd-log = Check and export the audit log (the record of every change)
cli-cmd-log-verify = Check the audit log's hash chain and find edited, deleted or reordered events
cli-cmd-log-export = Export the audit log as CSV (UTF-8 with BOM)
cli-log-verified = Audit log checked: { $count } events, none edited, deleted or reordered.

## tenken bench / demo --scale ward
cli-cmd-bench = Generate a large ward (by default 250 sections, 120 items, 5 years) and measure import, consolidation, reports and saving (runs in a temporary folder; your database is not touched)
cli-arg-scale = Size of the demo: small (20 sections, 2 years) or ward (250 sections, 120 items, 5 years)
cli-arg-sections = Number of sections to generate
cli-arg-items = Number of checklist items to generate
cli-arg-years = Number of fiscal years to generate (1–10)
cli-arg-scaling = Also measure how consolidation and the report grow at 50, 250 and 1000 sections
cli-arg-keep = Folder in which to keep the generated databases (else a temporary folder is removed)
bench-start = Measuring: { $sections } sections × { $items } items × { $years } years ({ $machine })
bench-generated = Large ward generated: { $answers } answers in { $time } ({ $path })
bench-col-what = What
bench-col-target = Target
bench-col-measured = Measured
bench-col-peak = Peak memory
bench-col-met = Met
bench-col-sections = Sections
bench-col-per-section = Per section
bench-col-pdf-size = Report size
bench-met = met
bench-missed = missed
bench-row-import = Import of every response package
bench-row-consolidate = Consolidation (by section, clause, tier; heat-map)
bench-row-audit-pdf = Consolidated audit report PDF
bench-row-audit-docx = Consolidated audit report as a Word document (.docx)
bench-row-section-pdf = One section's result PDF
bench-row-save = Saving one answer
bench-row-staff-summary = Staff self-check summary (every section)
bench-staff-measured = { $time } ({ $sheets } staff, { $answers } answers)
bench-row-staff-save = Saving one staff member's answers
bench-row-follow-ups = Reading the follow-ups (counts and overdue by section)
bench-follow-ups-measured = { $time } ({ $rows } rows)
bench-row-flush = One flush to this disk (the floor under saving)
bench-row-db-size = Database size
bench-import-measured = { $time } (of which the backup before the import about { $backup }; { $packages } packages, { $size } in all)
bench-db-measured = { $size } ({ $years } years, { $answers } answers)
bench-scaling = Growth with the number of sections (one year, medians; × is the per-section time relative to 50 sections):
bench-error-empty = The generated ward has no section to measure. Give --sections 20 or more.

## Deadline, contact, officers, and who answered and approved a submission

# The fields of the campaign settings and of a submission's sign-off, by code.
settings-field = { $field ->
        [contact-unit] The contact's section
        [contact-phone] The contact's extension
        [contact-mail] The contact's mail address
        [lead] The officer in charge
        [lead-unit] The officer in charge's section
        [staff] The staff member
        [staff-unit] The staff member's section
        [respondent] The respondent
        [approver] The head of section
       *[other] { $field }
    }
settings-bad-date = "{ $date }" is not a date. Write it as 2027-01-29 or 令和9年1月29日 (R9.1.29).
settings-due-before-start = The deadline { $due } is before the inspection's start { $start }. Choose { $start } or later.
settings-due-after-year = The deadline { $due } is after the fiscal year's end { $end }. Choose { $end } or earlier.
settings-too-long = { settings-field } is too long. Use at most { $max } characters.
settings-control-char = { settings-field } contains a control character (such as ESC or a text-direction mark). Remove it and type it again.
settings-bad-mail = "{ $mail }" is not a mail address. Write it with @ and a domain, like joho@city.example.lg.jp.
signoff-required = { $field ->
        [approver] Submitting needs the name of the head of section who approved.
       *[other] Submitting needs the name of the respondent.
    } Enter it, then submit.
signoff-approved-in-future = The approval date { $date } is after today ({ $today }). Enter the day the head of section approved.
signoff-approved-before-year = The approval date { $date } is before the fiscal year's first day { $start }. Enter a date of this fiscal year.
# Days left and overdue, the same words on every screen, the CLI and the reports.
deadline-label = Deadline
deadline-days-left = { $days ->
        [0] due today
        [one] { $days } day left
       *[other] { $days } days left
    }
deadline-overdue = Overdue
deadline-overdue-days = { $days ->
        [one] overdue by { $days } day
       *[other] overdue by { $days } days
    }
contact-label = Contact
officer-lead = Officer in charge
officer-staff = Staff member
respondent-label = Respondent
approver-label = Head of section
approved-on-label = Approved on
settings-unset = not set
col-deadline = Deadline
cli-deadline = Deadline { $date } ({ $left })
cli-deadline-none = No deadline is set. Set one with tenken campaign set --due 2027-01-29.
cli-campaign-settings-saved = Saved the settings of the { $year } inspection.
assessment-label = Overall assessment
cli-assessment-saved = Overall assessment of { $year } saved ({ $chars } characters). It opens the report's summary of results.
cli-assessment-cleared = Overall assessment of { $year } cleared.
assessment-assurance-warning = Note: the overall assessment says "{ $phrases }". A self-inspection is the sections' own assessment, not an audit's assurance. Avoid wording that reads as an assurance, such as "no issues were found"; say what was checked and what remains to be done instead (it can be saved as it is).
assessment-too-long = The overall assessment is too long. Keep it within { $max } characters.
assessment-control-char = The overall assessment contains a control character (ESC, or a mark that reverses text direction). Remove it and enter the text again.
cli-cmd-campaign-assess = Save the overall assessment (the auditor's findings); it opens the report's summary of results
cli-arg-text = The overall assessment itself (empty clears it)
theme-label = Focus theme
cli-theme-saved = Focus theme of { $year } saved. Its items are marked on each section's answering screen, and the report gets a chapter on its results.
cli-theme-cleared = Focus theme of { $year } cleared.
cli-theme-clause = clause { $clause } { $title } (all its items)
cli-theme-item = item { $item } { $text }
theme-title-required = Enter a title for the focus theme (for example: FY2026 focus theme: removable media).
theme-title-too-long = The focus theme's title is too long. Keep it within { $max } characters.
theme-title-control-char = The focus theme's title contains a control character (ESC, or a mark that reverses text direction). Remove it and enter the title again.
theme-unknown-clause = Clause "{ $clause }" is not in this inspection's checklist. Give the number as the checklist writes it (for example 6.(4)).
theme-unknown-item = Item "{ $item }" is not in this inspection's checklist. Give the item's id from the checklist.
theme-nothing-chosen = Choose at least one clause or item for the focus theme (to remove the theme, leave the title empty too).
cli-cmd-campaign-theme = Sets the focus theme (the clauses and items looked at closely this year, with a title); --clear removes it
cli-arg-title = The focus theme's title
cli-arg-clause = A clause in the focus theme (for example 6.(4)); may be repeated
cli-arg-clear = Removes the focus theme
cli-campaign-show-title = The { $year } inspection
cli-submitted-signoff = Respondent { $respondent }, head of section { $approver } (approved on { $date })
cli-cmd-campaign-set = Changes the inspection's deadline, contact and officers (only what is given; an empty value clears it)
cli-cmd-campaign-show = Shows the inspection's deadline (days left), contact and officers
cli-arg-deadline = Deadline for submission (2027-01-29, 令和9年1月29日, R9.1.29; from the inspection's start to the fiscal year's end)
cli-arg-contact-unit = The contact's section (e.g. 情報政策課)
cli-arg-contact-phone = The contact's extension or telephone number
cli-arg-contact-mail = The contact's mail address
cli-arg-lead = Name of the officer in charge, for the report
cli-arg-lead-unit = The officer in charge's section and title
cli-arg-staff = Name of the staff member, for the report
cli-arg-staff-unit = The staff member's section
cli-arg-respondent = Name of the person who answered (required to submit)
cli-arg-approver = Name of the head of section who approved (required to submit)
cli-arg-approved-on = The day the head of section approved (today if left out)
cli-arg-overdue = Shows only the sections past the deadline that have not submitted

## Commands (tenken evidence …)

cli-cmd-evidence = Attach, list, save and remove the evidence files (PDF, PNG, JPEG, xlsx) of answers (the same rules as the answering panel; logged)
cli-cmd-evidence-add = Attach evidence files to an item (at most 5 MB each and 20 MB per section; the kind is checked by content)
cli-cmd-evidence-list = List a section's evidence files
cli-cmd-evidence-save = Save one evidence file out (the database is not changed)
cli-cmd-evidence-remove = Remove an evidence file from an item (only before the section submits)
cli-arg-evidence-files = Files to attach (several allowed; either all are attached or none)
cli-arg-evidence-name = The evidence file's name (as tenken evidence list shows it)
cli-arg-evidence-out = The file to save to
cli-arg-evidence-force = Replace a file of the same name at the destination
cli-evidence-added = Attached: { $dept } { $item } "{ $name }" ({ $size })
cli-evidence-none = Section "{ $dept }" has no evidence files.
cli-evidence-total = { $count } files, { $size } in all (at most 20 MB per section)
cli-evidence-saved = Saved "{ $name }" to { $path }.
cli-evidence-removed = Removed: { $dept } { $item } "{ $name }"
col-file-name = File name
col-file-kind = Kind
col-file-size = Size
col-sha256 = SHA-256 (start)

## Commands (tenken staff …, tenken campaign staff)

cli-cmd-campaign-staff = Set the staff self-check (a checklist with kind = "staff") of a campaign (--named: staff give their number); it reaches the terminals in the next distribution
cli-cmd-staff = Answer, import, count and sum up the staff self-check
cli-cmd-staff-answer = Save one staff member's answers (--answers in item order: 1 = yes, 2 = no, 3 = don't know)
cli-cmd-staff-import = Import answers collected on paper or by a form from a CSV or an Excel workbook (.xlsx, its first sheet) (item ids in row 1; mistakes are named by row and column, and one mistake imports nothing)
cli-cmd-staff-template = Print row 1 of an import CSV (this section's item ids)
cli-cmd-staff-headcount = Set the section's number of staff (the base of the response rate)
cli-cmd-staff-summary = The staff self-check by section: responses, response rate, weakest item (no rates where fewer than 3 answered)
cli-arg-named = Named: staff enter their staff number (anonymous when left out)
cli-arg-staff-no = Staff number (named self-checks only)
cli-arg-staff-answers = The answers in item order, separated by commas (1 / yes, 2 / no, 3 / unknown)
cli-arg-staff-file = The CSV or .xlsx file to import
cli-arg-headcount = Number of staff (1 or more)
cli-staff-set = Set "{ $title }" ({ $items } items, { $named ->
        [named] named
       *[anonymous] anonymous
    }) for the { $year } campaign. It reaches the terminals in the next distribution package.
cli-staff-answered = Saved. Section "{ $dept }" now has answers from { $count } staff.
cli-staff-imported = Imported answers from { $count } staff into section "{ $dept }".
cli-staff-headcount = Set the number of staff of section "{ $dept }" to { $count }.
staff-rates-hidden = fewer than 3: no rates
staff-too-few = Fewer than { $min } staff answered, so no rates per item are shown (they would tell whose answers they are).
staff-weakest-heading = Items with the lowest share of "yes":
col-staff-responses = Responses
col-staff-headcount = Staff
col-staff-rate = Response rate
col-staff-weakest = Weakest item
col-staff-bu = Department
col-staff-sections = Sections
col-staff-last-year = Last year
col-staff-change = Change (points)
staff-by-bu-heading = Response rate by department:
staff-ward-rate = Response rate overall: { $rate } ({ $responses } responses of { $headcount } staff)
staff-ward-rate-last = Response rate in { $year }: { $rate } (change { $change } points)
staff-without-headcount = Sections without a number of staff: { $count } (left out of the rate)
staff-weak-last-year = ({ $year }: { $rate }, change { $change } points)

## On-site audits
onsite-reason-rotation-due = its turn in the rotation (no on-site audit for { $years } years; every section once in { $rotation } years)
onsite-reason-low-rate = low implementation rate ({ $rate }; ward { $ward })
onsite-reason-repeats = { $count } repeated { $count ->
    [one] weakness
   *[other] weaknesses
  }
onsite-reason-overdue = { $count } overdue { $count ->
    [one] plan or finding
   *[other] plans or findings
  }
onsite-reason-many-na = many "not applicable" ({ $count } of { $answered } answered items)
onsite-reason-since-last-visit = { $years } { $years ->
    [one] year
   *[other] years
  } since the last on-site audit
onsite-reason-never-visited = no on-site audit on record
visit-result-good = Good
visit-result-some-improvement = Some improvement needed
visit-result-improvement = Improvement needed
onsite-not-visited = Not yet visited
onsite-rotation-short = Note: to visit every section within the rotation, { $needed } on-site audits a year are needed (the setting is { $visits } a year). Review it with "tenken onsite rules --visits-per-year".
onsite-rotation-years = A rotation of { $years } years cannot be used. Give 1 to 10 years.
onsite-visits-per-year = { $count } on-site audits a year cannot be used. Give 1 to 500.
onsite-date-before-year = The visit date { $date } is before the fiscal year. Enter a date within the year.
onsite-date-in-future = The visit date { $date } has not come yet. Record an on-site audit after it took place.
onsite-no-auditors = Enter the names of the auditors who visited.
onsite-no-result = Choose the result of the on-site audit (good, some improvement needed, improvement needed).
onsite-too-long = The text is too long (at most { $max } characters). Please shorten it.
onsite-control-char = The text contains a control character that cannot be used. Please type it again.
onsite-not-selected = Section "{ $dept }" is not confirmed for an on-site audit this year. Confirm the selection first (tenken onsite confirm).
onsite-empty-selection = Choose at least one section for an on-site audit.
onsite-visit-recorded = Section "{ $dept }" has a recorded on-site audit, so it stays selected.
cli-onsite-rules = Rotation: every section once in { $years } years; { $visits } proposed a year
cli-onsite-proposed-mark = proposed
cli-onsite-confirmed = Confirmed { $count } { $count ->
    [one] section
   *[other] sections
  } for an on-site audit.
cli-onsite-none = No on-site audit is confirmed for this year yet. See the proposal with "tenken onsite plan" and confirm it with "tenken onsite confirm".
cli-onsite-visit-saved = Recorded the on-site audit of section "{ $dept }" ({ $date }, { $result }).
col-onsite-proposed = Proposed
col-onsite-score = Score
col-onsite-reasons = Reasons
col-onsite-visit = Date, auditors, result
col-onsite-findings = Findings
cli-cmd-onsite = Proposes and confirms the sections for an on-site audit and records the visits (the window's rules; logged)
cli-cmd-onsite-plan = Ranks every section for an on-site audit, with the reasons (the proposal marked)
cli-cmd-onsite-rules = Shows or sets the rotation years and the on-site audits a year
cli-cmd-onsite-confirm = Confirms this year's sections for an on-site audit (without codes: the proposal)
cli-cmd-onsite-list = Shows the confirmed sections and the visits recorded
cli-cmd-onsite-visit = Records one section's on-site audit (date, auditors, result, findings)
cli-arg-onsite-campaign = Fiscal year of the campaign (default: the latest)
cli-arg-onsite-json = Print JSON
cli-arg-onsite-rotation-years = Years in which every section is visited once (1–10, default 5)
cli-arg-onsite-visits-per-year = On-site audits proposed a year (1–500, default 3)
cli-arg-onsite-depts = Section codes to select (without: the proposal)
cli-arg-onsite-date = Date of the visit (e.g. 2026-10-02 or 令和8年10月2日)
cli-arg-onsite-auditors = Auditors who visited (one line)
cli-arg-onsite-result = Result: good, some_improvement or improvement
cli-arg-onsite-findings = Findings (optional)

## The ward's names of the grades
grade-name-empty = The grade's name in { $lang ->
    [ja] Japanese
   *[en] English
  } is empty. Enter a name, or give the grade back its own name (--reset).
grade-name-too-long = The grade's name is too long (at most { $max } characters). Please shorten it.
grade-name-control-char = A grade's name cannot contain a line break or a control character. Enter it on one line.
grade-name-duplicate = "{ $name }" already names another grade. Give each grade its own name.
cli-grade-renamed = renamed
col-grade-code = Grade code
col-grade-ja = Name (Japanese)
col-grade-en = Name (English)
col-grade-renamed = Ward setting
cli-cmd-review-grades = Shows or renames the grades of a finding (major, minor, observation, recommendation), to match the ward's policy
cli-arg-grades-grade = The grade to rename: major, minor, observation, recommendation
cli-arg-grades-ja = Its name in Japanese (at most 20 characters)
cli-arg-grades-en = Its name in English (at most 20 characters)
cli-arg-grades-reset = Gives the grade back its own name
