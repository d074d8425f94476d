# tenken — app messages (en). Every id here must also exist in the other language's app.ftl.
# The window's words (tenken-app). Vocabulary (value-*, state-*, tier-*, col-* …) comes from tenken.ftl.

app-title = Information security self-inspection
app-lang-label = Language
app-lang-ja = 日本語
app-lang-en = English
app-change-role = Change role
app-db-path = Database: { $path }
app-cancel = Cancel
app-close = Close
app-save = Save
app-edit = Edit
app-back = Back
app-actions = Actions

## First start

app-setup-title = Choose what this computer is used for
app-setup-lead = You set this once. You can change it later with "Change role" at the top right.
app-setup-role = Role
app-role-auditor = Auditor
app-role-auditor-hint = Manages departments and campaigns, follows progress, consolidates results and records findings (e.g. the information policy division).
app-role-section = Section
app-role-section-hint = Answers the section's own self-inspection and submits it.
app-who-section = Section
app-setup-section = Section that answers here
app-setup-search = Find the section (part of its code or name)
app-setup-search-none = No section matches. Try other words.
app-setup-section-missing = Choose the section that answers here from the list.
app-setup-lang-hint = Switch the language at the top right at any time.
app-setup-start = Start with these settings
app-no-campaign-section = No inspection has been opened yet. It appears here once the auditor opens the fiscal year's inspection.
app-no-campaign-auditor = There is no inspection yet. Open one for a fiscal year on the "Campaigns" tab.

## Section: overview

app-section-nav = Section screens
app-nav-overview = Overview
app-nav-answer = Answer
app-nav-list = Review list
app-reopened-title = The auditor reopened this section, for this reason:
app-submitted-banner = Submitted on { $at }. The answers are read-only. To change them, ask the auditor to reopen the section.
app-progress-title = Progress
app-stat-applicable = To answer
app-stat-answered = Answered
app-stat-unconfirmed = Unconfirmed
app-stat-auto-na = Not applicable (tier not operated)
app-progress-label = { $answered } of { $applicable } items answered
app-start-answering = Start answering
app-continue-answering = Continue with the unanswered items
app-jump-submit = Go to submission (end of this page)
app-by-clause-title = By clause
app-submit-title = Submit
app-submit-lead = After submitting, the answers cannot be changed. Have the head of section check them in the "Review list" first.
app-submit-check = Check whether the answers are ready
app-submit-missing = Not ready to submit — { $count ->
        [one] one item is
       *[other] { $count } items are
    } unanswered or unconfirmed. Choose an item to go to its answer.
app-submit-confirm = Every item is answered. Submit now? The answers cannot be changed afterwards.
app-submit-do = Submit

## Section: answering

app-read-only-note = Submitted: the answers are read-only.
app-items-title = Items
app-filter-label = Show
app-filter-all = All items
app-filter-unanswered = Unanswered only
app-filter-unconfirmed = Carried over, not yet checked
app-filter-empty = No item matches.
app-next-missing = Next unanswered
app-pick-item = Choose an item from the list on the left.
app-clause = Clause { $clause }
app-priority = Priority
app-evidence = Evidence, for example
app-auto-na-explain = This item belongs to a network tier this section does not operate, so it is "not applicable" automatically. No answer is needed.
app-evidence-location = Where the evidence is
app-evidence-location-hint = The document you checked and where it is kept (e.g. removable media register, shared folder "General affairs"). The auditor asks for it by this.
app-evidence-location-listed = Evidence kept at: { $evidence }
app-evidence-files = Evidence files
app-evidence-files-none = No files attached.
app-evidence-files-hint = Attach copies of the documents you checked (PDF, PNG, JPEG or Excel .xlsx), at most 5 MB each and 20 MB per section. They travel to the auditor in the response package.
app-evidence-attach = Attach files…
app-evidence-open = Open
app-evidence-save = Save
app-evidence-remove = Remove
app-evidence-open-label = Open "{ $name }" (read-only)
app-evidence-save-label = Save "{ $name }"
app-evidence-remove-label = Remove "{ $name }"
app-evidence-busy = Working…
app-evidence-attached = Attached: { $names }
app-evidence-name-separator = {", "}
app-evidence-removed = Removed "{ $name }".
app-evidence-opened = Opened a read-only copy: { $path }
app-evidence-saved = Saved: { $path }
app-evidence-no-viewer = No application on this computer opens "{ $path }". Save it with "Save" and look at it on a computer that can open it.
app-evidence-folder = evidence
app-evidence-not-found = Item "{ $item }" no longer has "{ $name }" attached. Open the screen again.
app-evidence-required = Priority items answered yes need where their evidence is kept
app-evidence-required-hint = Sections cannot submit until they write it. Section terminals are told in the next distribution package.
app-repeat = Repeat
app-repeat-explain = The same section needed improvement on this item last year too, or had a finding on it two years running.
app-auto-na-attribute-explain = This item is for sections with the attribute "{ $attribute }", which this section does not have, so it is "not applicable" automatically. No answer is needed. If the attribute is wrong, tell the auditor.
app-unconfirmed-explain = This answer was carried over from last year. Check it and choose the answer again to confirm it.
app-answer-legend = Answer (keys 1–4 choose)
app-comment = Comment
app-na-reason = Why it does not apply
app-plan = Improvement plan
app-plan-action = What will be done
app-plan-owner = Owner
app-plan-due = Due date (e.g. 2027-03-31)
app-saving = Saving…
app-saved = Saved
app-not-saved = Not saved.
app-unsaved = not saved
app-required = required
app-prev-item = Previous item
app-next-item = Next item
app-back-overview = Back to the overview
app-key-help = Keys: 1–4 choose the answer / ↑↓ previous and next item / ←→ move between the choices / Enter on to the next item to answer / Esc back from a text field

## Section: review list

app-list-title = All answers
app-list-lead = For the head of section to check. Choose an item to go to its answer.

app-print = Print
app-sign-title = Checked by the head of section
app-sign-lead = I have checked the answers above.
app-sign-date = Date
app-sign-name = Head of section (name)
app-sign-seal = Seal or signature

## Auditor

app-auditor-nav = Auditor screens
app-tab-board = Progress
app-tab-summary = Consolidation
app-tab-departments = Departments
app-tab-campaigns = Campaigns
app-board-title = Progress by section
app-board-filter = Filter by progress
app-all-sections = All sections
app-view-answers = Answers
app-reopen = Reopen…
app-reopen-reason = Reason for reopening
app-reopen-do = Reopen
app-summary-title = Consolidated results
app-rate-explain = Rate = (yes + partial × 0.5) ÷ (yes + partial + no). Not applicable and unanswered items are left out.
app-no-rate = —
app-heatmap-title = Section × clause
app-heatmap-lead = Choose a cell to see the answers behind it.
app-heat-cell = { $section }, clause { $clause }, rate { $rate }
app-heat-legend = Legend
app-heat-band-lt50 = under 50%
app-heat-band-lt75 = 50–74%
app-heat-band-lt90 = 75–89%
app-heat-band-top = 90–100%
app-heat-band-unanswered = Unanswered (no scored answer yet)
app-heat-band-excluded = Excluded (a tier the section does not operate)
app-heat-unanswered = Unanswered
app-heat-excluded = Excluded
app-heat-repeat-mark = R
app-heat-band-repeat = Includes repeats (items that needed improvement last year too, or a finding again)
app-heat-repeat-label = R ({ $count } repeated)
app-by-section-title = By section
app-by-tier-title = By tier
app-drill-title = Answers:
app-drill-count = { $count ->
        [one] one answer
       *[other] { $count } answers
    }
app-col-question = Item
app-col-review = Review
app-review-confirmed = Confirmed
app-review-confirm-do = Mark as confirmed
app-review-finding = Finding
app-review-finding-open = Record a finding…
app-drill-cell = { $section } × clause { $clause }
app-finding-comment = What the finding is
app-finding-grade = Grade
app-finding-grade-choose = Choose
app-finding-save = Record the finding

app-departments-title = Departments (divisions and sections)
app-departments-lead = The sections at the ends of the tree answer the inspection. Changes apply from the next campaign opened.
app-tree-title = Organisation
app-dept-add = Add a department
app-dept-attributes-hint = Attributes decide the items a section answers. The central department also answers the central items. Items needing an attribute the section lacks become "not applicable" by themselves, with the reason. They take effect from the next campaign opened.
app-dept-add-child = Add below
app-dept-add-under = Add below { $name }
app-dept-add-under-section = "{ $name }" is now a section that answers the inspection. Adding a department below it makes it a division that groups others, and it no longer answers from the next campaign opened. Add below it?
app-dept-add-confirm = Add below it
app-dept-edit = Edit the department
app-dept-edit-named = Edit { $name }
app-dept-name = Name
app-dept-parent = Parent
app-dept-top = (top-level division)
app-dept-added = Department { $code } added.
app-dept-updated = Department { $code } changed.
app-dept-retire = Retire
app-dept-retire-named = Retire "{ $name }"
app-dept-retire-ask = Retire "{ $name }" as of today? It stays in campaigns already open and is left out of the next one opened. Past results and the log are kept. If this is a mistake, "Restore" brings it back.
app-dept-retire-do = Retire
app-dept-retired = "{ $code } { $name }" retired. It is left out of the next campaign opened.
app-dept-restore = Restore
app-dept-restore-named = Restore "{ $name }"
app-dept-restored = "{ $code } { $name }" is in use again: the next campaign opened includes it.
app-import-title = Import from CSV
app-import-lead = A CSV with the header "code,name,parent,tiers" (UTF-8 or Shift_JIS); an "attributes" column (central, outsourcing, … separated by spaces) is optional. Existing codes are updated, new codes added.
app-import-file = CSV file
app-import-choose = Choose a file
app-import-none = No file chosen
app-import-do = Import
app-import-no-file = Choose a file.
app-import-done = Imported ({ $added } added, { $updated } updated).

app-campaigns-title = Campaigns by fiscal year
app-campaign-list = Campaigns
app-col-opened = Opened
app-col-carried = Carried over from
app-campaign-open = Open a campaign
app-checklist-size = { $sections } clauses, { $items } items
app-carry-over = Carry last year's answers over
app-carry-over-hint = Carried-over answers are marked "unconfirmed" and block submission until the section checks them.
app-campaign-open-do = Open
app-campaign-opened = Campaign opened ({ $sections } sections, { $carried } answers carried over).

## Errors worded for the window (tenken.ftl's wording of the same id speaks to the command line)

app-error-unknown-checklist = There is no checklist "{ $id }".
app-error-unknown-lang = Language "{ $lang }" is not available.
app-error-not-open = The database could not be opened ({ $detail }).
app-error-shipped = A checklist shipped with tenken cannot be read ({ $detail }).
app-answer-na-needs-reason = "Not applicable" needs a reason — write it under "Why it does not apply".
app-answer-needs-plan = "{ $value ->
        [partial] Partly implemented
       *[no] Not implemented
    }" needs an improvement plan — fill in "What will be done" and "Due date".
app-answer-needs-due = The improvement plan has no due date — enter one like 2027-03-31 under "Due date".
app-answer-bad-date = "{ $date }" is not a date — enter one like 2027-03-31 under "Due date".
app-answer-due-out-of-range = The due date { $due } cannot be used for this year's improvement plans — choose a date from { $earliest } to { $latest }.
app-answer-control-char = The { $field ->
        [comment] comment
        [reason] reason
        [plan] improvement plan
       *[owner] owner
    } contains a control character (such as ESC or a text-direction override) — type it again without it.
app-answer-too-long = The { $field ->
        [comment] comment
        [reason] reason
        [plan] improvement plan
       *[owner] owner
    } is too long — keep it within { $max } characters.
app-state-reason-control-char = The reason contains a control character (such as ESC or a text-direction override) — type it again without it.
app-state-locked = This section has submitted, so its answers cannot change — ask the auditor to reopen it.
app-state-reason-required = Reopening needs a reason — write it under "Reason for reopening".
app-store-nothing-to-carry-over = There is no earlier campaign to carry answers over from — untick "Carry last year's answers over".
app-store-no-sections = No sections are registered — add departments or import a CSV on the "Departments" tab first.
app-store-no-campaign = No inspection has been opened yet — the auditor opens one on the "Campaigns" tab.
app-store-not-empty = This database already holds data.

## Export (from the board and the consolidation), date sent back, the header's submitted count

app-export-title = Export
app-export-pdf = Export the report (PDF)
app-export-docx = Export the report as Word (.docx), to edit its wording
app-export-written-docx = Written to { $path } (Word document).
app-export-xlsx = Export the table by section (Excel .xlsx)
app-export-csv = Export the table by section (CSV)
app-export-hint = The report is the same as the command "tenken report audit", the table as "tenken export progress". Files go to the reports folder beside the database; earlier files are kept.
app-export-busy = Exporting…
app-export-written-pdf = Written to { $path } ({ $count } pages).
app-export-written-table = Written to { $path } ({ $count } rows).
app-col-excluded = Other tier
app-reopened-on = sent back on { $date }
app-header-submitted = Submitted { $submitted } / { $total }

## Deadline, contact, officers, and who answered and approved (issue O)
app-deadline-field-hint = A date from the inspection's start to the fiscal year's end: 2027-01-29, 令和9年1月29日 or R9.1.29.
app-settings-title = Deadline, contact and the report's officers
app-settings-lead = Sections see the deadline and the contact on their screens and on their result sheet; the report names the officers.
app-contact-unit = Contact section
app-contact-phone = Extension or telephone
app-contact-mail = Mail address
app-lead = Officer in charge (name)
app-lead-unit = Officer in charge's section and title
app-staff = Staff member (name)
app-staff-unit = Staff member's section
app-settings-save = Save the settings
app-settings-saved = Settings saved.
app-assessment-lead = The auditor's findings, printed at the head of the report's summary of results. One paragraph per line. A self-inspection is no assurance, so wording such as "no issues were found" brings a note.
app-assessment-save = Save the assessment
app-assessment-saved = Overall assessment saved.
app-theme-lead = Choose the clauses looked at closely this year and give them a title. Their items are marked "Focus theme" on each section's answering screen, the heat map can show only them, and the report gets a chapter on their results. Saving with no title and nothing chosen removes the theme.
app-theme-title = Title (for example: FY2026 focus theme: removable media)
app-theme-clauses = Clauses in the focus theme
app-theme-items = Also included item by item: { $items } (set from the command line)
app-theme-save = Save the focus theme
app-theme-saved = Focus theme saved.
app-theme-cleared = Focus theme removed.
app-theme-badge = Focus theme
app-theme-only = Focus theme only ({ $title })
app-signoff-lead = Submitting needs the name of the person who answered and of the head of section who checked and approved the answers.
app-approved-on-hint = Left empty, today's date is used.
app-signoff-line = Respondent { $respondent }, head of section { $approver } (approved on { $date })
app-submissions-title = Submission history
app-submissions-submit = Submitted
app-submissions-reopen = Sent back
app-board-overdue = Overdue sections
contact-separator = { " / " }
deadline-chip-left = ({ $left })

## When the window cannot open (tenken-app at start: message box, standard error and the log)

app-no-window-title = tenken cannot open its window
app-no-webview2 =
    The Microsoft Edge WebView2 Runtime, which draws the window, is not installed on this PC.
    Ask your IT team to install the WebView2 Runtime (Evergreen). Microsoft's offline (standalone) installer also works on terminals without internet access. tenken never downloads anything itself.
    The command line (tenken.exe) works without WebView2.
    Details: { $reason }
    Log: { $log }
app-no-webview =
    The web view that draws the window (WebKitGTK) could not start. Ask your IT team to check it.
    The command line (tenken) works as before.
    Details: { $reason }
    Log: { $log }

## Staff self-check (window)

app-nav-staff = Staff self-check
app-nav-follow-ups = Follow-ups
app-follow-up-title = Follow-up of last year's improvement plans and findings
app-follow-up-lead = Say where each improvement plan from last year's inspection and each finding of the auditor stands now. The section can submit once all are answered.
app-follow-up-answered = Answered
app-follow-up-overdue = Overdue
app-follow-up-plan = Last year's improvement plan
app-follow-up-owner = owner: { $owner },{" "}
app-follow-up-due = due { $due }
app-follow-up-finding = The auditor's finding
app-follow-up-state = Where it stands
app-follow-up-new-due = New completion date
app-follow-up-new-due-hint = e.g. 2027-03-31
app-follow-up-reason = Reason
app-follow-up-note = Note (optional)
app-follow-up-save = Save follow-up
app-follow-up-saved = Saved.
app-col-follow-ups = Follow-ups
app-follow-up-overdue-count = { $count } overdue
app-staff-title = Staff self-check
app-staff-count-title = Responses
app-staff-count = { $responses } answered / staff: { $has ->
        [yes] { $headcount }
       *[no] not entered
    }
app-staff-rate = {" "}(response rate { $rate })
app-staff-headcount = Number of staff
app-staff-headcount-save = Save number of staff
app-staff-headcount-hint = Everyone working in this section, fixed-term staff included. It is the base of the response rate and reaches the auditor in the response package.
app-staff-headcount-saved = Number of staff saved.
app-staff-start = Start staff answers (one person at a time)
app-staff-privacy-anonymous = Answers are anonymous: who answered what is neither recorded nor shown on this computer. The head of section and the auditor see only the number of answers per item, and no shares until three have answered.
app-staff-privacy-named = This self-check is named: answers are recorded on this computer with the staff number, and the head of section can see them. The auditor receives only the number of answers per item.
app-staff-rollup-title = Results by item
app-staff-too-few = Results by item are shown once { $min } or more have answered (until then they would tell whose answers they are).
app-staff-weakest = Items with the lowest share of "yes"
app-staff-col-item = Item
app-staff-col-share = Share of "yes"
app-staff-mode-title = Staff self-check (one person at a time)
app-staff-mode-hint = Answer about what you yourself usually do. Keys 1 = yes, 2 = no, 3 = don't know answer and move on to the next question.
app-staff-no = Staff number
app-staff-progress = { $done } of { $total } answered
app-staff-send = Send answers
app-staff-close = Leave the staff self-check
app-staff-done-title = Thank you for answering
app-staff-thanks = Your answers were taken. Read the right way for each question; those you answered "no" or "don't know" are marked.
app-staff-practice-title = The right way
app-staff-next = Next person (clears the screen)
staff-value-yes = Yes
staff-value-no = No
staff-value-unknown = Don't know
app-staff-beside-title = Staff self-check on the same clause ({ $responses } answered, share of "yes")
app-staff-min-rate-hint = The share of staff (percent) who must answer the staff self-check before a section can submit; empty for none. Terminals learn it from the next distribution package.
app-staff-ward-rate = Response rate overall
app-staff-ward-count-title = Staff who answered
app-staff-ward-count = { $responses } of { $headcount } staff
app-staff-last-year-rate = Response rate in { $year }
app-staff-change = {" "}(change { $change } points)
app-staff-without-headcount = { $count } sections have not entered their number of staff; they are left out of the rate.
app-staff-by-bu-title = Response rate by department
app-staff-by-section-title = Response rate and weakest item by section
app-staff-col-bu = Department
app-staff-col-sections = Sections
app-staff-col-change = Change (points)
app-staff-col-no = No.
app-staff-col-clause = Clause
app-staff-col-answers = Answers
app-staff-items-title = Staff self-check results by item (overall)
app-staff-items-lead = Only sections where { $min } or more answered are counted. The numbers are the columns of "section × item".
app-staff-ward-weakest = Items with the lowest share of "yes" overall
app-staff-vs-last-year = {" "}({ $year }: { $rate }, change { $change } points)
app-staff-heat-title = Section × staff self-check item
app-staff-heat-lead = Each section's share of "yes". Where fewer than { $min } answered, no share is shown, so nobody's answers can be told. The column numbers are those of the results by item above.
app-staff-heat-cell = { $section }, item { $no }, { $rate }
app-staff-heat-too-few = under 3
app-staff-heat-no-answers = no answers
app-staff-heat-not-asked = not asked
app-staff-heat-band-too-few = Fewer than { $min } (no share shown)
app-staff-heat-band-no-answers = No answers (nobody has answered yet)
app-staff-heat-band-not-asked = Not asked (not an item for this section's staff)
app-finding-received = The auditor's finding

## On-site audits
app-tab-onsite = On-site audits
app-onsite-title = On-site audits: selection and visits
app-onsite-lead = Every section is ranked for an on-site audit from its results, repeated weaknesses, overdue plans, many "not applicable" answers and the years since its last visit. A section not visited within the rotation is always proposed. Confirm the selection, and after each visit record its date, auditors, result and findings.
app-onsite-rules = Rotation
app-onsite-rotation-years = Years to visit every section once
app-onsite-visits-per-year = Sections proposed a year
app-onsite-rules-save = Save the rotation
app-onsite-rules-saved = Rotation saved; the ranking was computed again.
app-onsite-rotation-short = To visit every section within the rotation, { $needed } on-site audits a year are needed (the setting is { $visits } a year).
app-onsite-ranking = Ranking and reasons
app-onsite-ranking-lead = The marked sections are proposed. Tick or untick, then confirm the selection.
app-onsite-ranking-confirmed = This year's selection is confirmed. You can change it and confirm again (a section with a recorded visit stays).
app-onsite-choose = Select
app-onsite-proposed = Proposed
app-onsite-rotation-due = Rotation due
app-onsite-confirm = Confirm these { $count } sections
app-onsite-confirmed = Confirmed { $count } sections for an on-site audit.
app-onsite-visit-title = On-site audit of { $code } { $name }
app-onsite-visit-recorded = Recorded: { $date }, { $result }
app-onsite-visit-date = Date of the visit
app-onsite-visit-auditors = Auditors
app-onsite-visit-result = Result
app-onsite-visit-save = Record the visit

## The ward's names of the grades
app-grade-names-title = Names of the finding grades
app-grade-names-lead = If the ward's policy names the grades of a finding differently, change them here. The four levels and their order stay; every screen, list and report then uses the new names. Both Japanese and English are needed (at most 20 characters).
app-grade-names-ja = Grade { $n } (Japanese)
app-grade-names-en = Grade { $n } (English)
app-grade-names-save = Save
app-grade-names-reset = Back to the original name
app-grade-names-saved = Saved "{ $grade }".
