# tenken — report messages (en). Every id here must also exist in the other language's report.ftl.

## Common

report-generated-on = Prepared on { $date }
report-subtitle = { $municipality } — information security self-inspection { $year }
report-year-period = { $year } ({ $start } – { $end })
report-not-submitted = Not submitted
report-answer-unconfirmed = { $value } (unconfirmed)
report-state-reopened-reason = { $state } ({ $date }, reason: { $reason })
report-points = { $value } pts
report-total = Total
report-toc = Contents
report-priority-mark = { " " }★ priority item
report-central-mark = { " " }◆ central department item
report-item-method = How to check: { $methods }
report-item-focus = Points to look at: { $text }
report-na-reason = Not applicable because: { $reason }
report-evidence-location = Evidence kept at: { $evidence }
report-evidence-files = Evidence files: { $files }
report-evidence-file = { $name } ({ $size })
report-evidence-file-separator = {", "}
report-answer-repeat = { $value } (repeat)
report-review-finding = [Auditor's finding] { $comment }
report-review-confirmed = [Confirmed by the auditor] { $comment }
report-plan-owner = (owner: { $owner })
report-legend-this-year = Rate { $year }
report-legend-last-year = Rate { $year }
report-legend-unanswered = Unanswered

report-field-municipality = Municipality
report-field-year = Fiscal year
report-field-department = Department
report-field-section = Section
report-field-code = Section code
report-field-tiers = Network tiers operated
report-field-submitted-on = Submitted on
report-field-state = State
report-field-criteria = Criteria
report-field-questionnaire = Checklist
report-field-result = Result
report-criteria-value = { $policy } (in force since { $effective })
report-questionnaire-value = { $title } (checklist ID { $hash })
report-result-value = Implementation rate { $rate } (yes { $yes }, partly { $partial }, no { $no }, not applicable { $na }, unanswered { $unanswered }, other tier { $excluded })
report-result-previous = Previous year ({ $year }): { $previous }, change { $change }

report-col-clause = Clause
report-col-title = Heading
report-col-yes = Yes
report-col-partial = Partly
report-col-no = No
report-col-na = N/A
report-col-unanswered = Open
report-col-rate = Rate
report-col-chart = Chart
report-col-item = Item
report-col-answer = Answer
report-col-comment = Comment / reason for N/A
report-col-plan = Improvement plan (owner)
report-col-due = Due
report-col-code = Code
report-col-section = Section
report-col-state = State
report-col-answered = Answered
report-col-previous = Last year
report-col-distribution = Answers
report-col-tier = Tier
report-col-audience = Items for
report-col-change = Change (pts)
report-col-department = Department
report-col-submitted = Submitted
report-col-overall = Overall
report-col-phase = Progress
report-col-reopen-reason = Reason sent back
report-col-situation = Situation (comment)
report-col-finding = Finding

## Section result sheet

report-section-title = Section Self-Inspection Result Sheet
report-signoff-title = Head of section sign-off
report-signoff-seal = Seal / signature
report-signoff-seal-approver = Head of section (seal)
report-signoff-date = Date checked
report-signoff-date-blank = ____ / ____ / ______
report-section-h-clauses = 1 Results by clause
report-section-h-items = 2 Answers item by item
report-section-items-note = The rate scores yes as 1, partly as 0.5 and no as 0, averaged over the answered items, not-applicable items left out. "Unconfirmed" answers were carried over from last year and not re-checked; they are not counted.

## Self-inspection report

report-audit-title = Self-Inspection Report
report-audit-cover-year = { $year }
report-audit-cover-subject = Information security self-inspection ({ $policy })
report-audit-h-overview = 1 Overview
report-audit-h-summary = 2 Summary of results
report-audit-h-results = 3 Detailed results
report-audit-h-not-submitted = 4 Sections not yet submitted
report-audit-h-improvements = 5 Items requiring improvement
report-audit-h-reviews = 6 Auditor's findings
report-grade-none = No grade (findings made before grades existed)
report-respond-by = Respond by { $date }
report-audit-h-assessment = Overall assessment

report-audit-h-purpose = 1.1 Purpose
report-audit-purpose = Under the { $policy }, each section inspected how it carries out its information security measures, and the auditor consolidated the results, in order to confirm compliance with the policy and to improve the measures.
report-audit-h-scope = 1.2 Scope
report-audit-scope-sections = Sections
report-audit-scope-sections-value = { $sections } sections in { $departments } departments
report-audit-scope-tiers = Network tiers (sections operating them)
report-audit-tier-count = { $tier } ({ $count })
report-audit-scope-items = Items
report-audit-scope-items-value = { $items } items under { $clauses } clauses ({ $priority } priority items)
report-audit-h-period = 1.3 Period
report-audit-period-closed = From { $start } to { $end }
report-audit-period-open = From { $start }, still open (as of { $today })
report-audit-h-people = 1.4 Organisation
report-audit-responsible = Responsible
report-audit-staff = Staff
report-audit-h-criteria = 1.5 Criteria and method
report-audit-method = Method
report-audit-method-value = Each section answered every item of the checklist with yes, partly, no or not applicable, giving an improvement plan with a due date for partly and no, and a reason for not applicable. Items of network tiers a section does not operate were counted apart, as other tier, not as answers of not applicable. The rate scores yes as 1, partly as 0.5 and no as 0, averaged over the answered items, not-applicable items left out.

report-audit-submitted = Submissions
report-audit-submitted-value = { $submitted } of { $total } sections submitted ({ $share })
report-audit-overall-rate = Overall rate
report-audit-rate-with-previous = { $rate } (previous year { $year }: { $previous }, change { $change })
report-audit-breakdown = Answers
report-audit-breakdown-value = yes { $yes }, partly { $partial }, no { $no }, not applicable { $na }, unanswered { $unanswered } (besides, { $excluded } items of tiers a section does not operate are not counted: other tier)
report-audit-improvements = Items requiring improvement
report-audit-improvements-value = { $count } (partly { $partial }, no { $no })
report-audit-findings = Auditor's findings
report-audit-findings-value = { $count }
report-audit-evidence = Evidence files
report-audit-evidence-value = { $count ->
        [0] none
       *[other] { $count } from { $sections } sections ({ $size } in all)
    }
report-audit-h-distribution = Distribution of answers (all sections)
report-audit-h-by-department = Rate by department

report-audit-h-by-section = 3.1 Results by section
report-audit-h-by-clause = 3.2 Results by clause
report-audit-h-distribution-clause = Distribution of answers by clause
report-audit-h-by-tier = 3.3 Results by network tier
report-audit-h-by-audience = Section items and central department items
report-audit-h-heatmap = 3.4 Rate by section and clause
report-audit-heatmap-note = Each cell shows the rate in percent, coloured as the legend says: orange is low, blue is high. "Open" marks a cell without scored answers yet, "N/A" a cell answered not applicable only, "Excl." (other tier) a cell whose items all belong to tiers the section does not operate. The column numbers are listed under the table.
report-audit-h-change = 3.5 Change against the previous year
report-audit-no-previous = There was no inspection the year before, so there is nothing to compare with.
report-audit-change-note = Rates of { $year } and { $this } compared; the change is given in percentage points.
report-audit-h-change-clause = By clause
report-audit-h-change-section = By section
report-audit-h-theme = 3.6 Results of the focus theme
report-audit-theme-note = Over the focus theme's { $items } items, the rate of all sections is { $rate }. Rates are counted as in the other tables (yes 1, partly 0.5, no 0; not applicable and unanswered left out).
report-audit-h-theme-scope = Clauses and items of the focus theme
report-audit-theme-whole-clause = { $title } (every item of the clause)
report-audit-h-theme-by-section = Focus theme rate by section
report-col-theme-subject = Heading or item

report-audit-all-submitted = All sections have submitted.
report-audit-not-submitted-note = { $count } of { $total } sections have not submitted (still in draft or sent back).
report-audit-no-improvements = No item requires improvement.
report-audit-improvements-note = { $count } answers were "partly" or "no". The sections' improvement plans and due dates follow.
report-audit-repeats-note = { $count } of them are repeats (the same section needed improvement on the same item last year, or had a finding on it two years running).
report-audit-group = { $code } { $path } ({ $count }, { $state })
report-audit-reviews-note = The auditor confirmed { $confirmed } answers and made { $findings } findings.

## Errors

report-error-font-not-found = No Japanese font found — install BIZ UDGothic (included in Windows 10 and later; on Debian/Ubuntu "sudo apt-get install fonts-morisawa-bizud-gothic"), IPAexGothic (fonts-ipaexfont-gothic) or Noto Sans CJK JP (fonts-noto-cjk), or name a font file (.ttf / .otf / .ttc) with --font or the TENKEN_FONT environment variable.
report-error-font-unreadable = Cannot read the font file { $path } ({ $detail }) — check --font or TENKEN_FONT.
report-error-font-not-a-file = The font { $path } is not a regular file, or is too large (at most { $max } MB) — give a font file (.ttf / .otf / .ttc) with --font or TENKEN_FONT.
report-error-font-invalid = { $path } is not a font file — give a .ttf, .otf or .ttc file.
report-error-font-not-japanese = The font { $path } has no Japanese characters — give a Japanese font such as BIZ UDGothic.
report-error-font-family-missing = The font file { $path } holds no { $family } face; running text is set in the fixed-width face instead.
report-error-subset = The font could not be embedded in the PDF ({ $detail }) — give another Japanese font with --font.
report-error-no-section = There is no section to report on.
report-error-format = Cannot tell the format of { $path } — end the file name with { $formats }.
report-error-output = Cannot write { $path } ({ $detail }) — check that the folder exists and can be written to. Nothing was written.
export-error-xlsx = The Excel file could not be made ({ $detail }).
export-error-csv = The CSV file could not be made ({ $detail }).
report-error-docx = The Word document (.docx) could not be made ({ $detail }).

## Spreadsheets

export-sheet-findings = Improvements
export-sheet-answers = Answers
export-col-year = Fiscal year
export-col-code = Section code
export-col-department = Department
export-col-section = Section
export-col-state = State
export-col-clause = Clause
export-col-clause-title = Clause heading
export-col-item-id = Item ID
export-col-item = Item
export-col-priority = Priority
export-priority-yes = ★
export-col-answer = Answer
export-col-answer-code = Answer code
export-col-unconfirmed = Unconfirmed
export-col-comment = Comment
export-col-na-reason = Reason for N/A
export-col-repeat = Repeat
export-repeat-yes = repeat
export-col-evidence-location = Where the evidence is
export-col-evidence-files = Evidence files
export-col-plan = Improvement plan
export-col-owner = Owner
export-col-due = Due
export-col-finding = Auditor's finding
export-col-grade = Finding grade
export-col-respond-by = Respond to finding by
export-col-review = Auditor's mark
export-col-review-comment = Auditor's comment
export-review-confirmed = Confirmed
export-review-finding = Finding
export-col-progress = Progress
export-col-done-on = Done on

## Command line

cli-cmd-report = Makes the reports (PDF)
cli-cmd-report-section = Makes a section's result sheet (PDF)
cli-cmd-report-audit = Makes the consolidated self-inspection report (PDF, or an editable Word document .docx; --lang en for English)
cli-cmd-export = Exports results to Excel (.xlsx) or CSV
cli-cmd-export-findings = Exports the items requiring improvement (partly, no, auditor's findings)
cli-cmd-export-answers = Exports every answer of every section
cli-arg-output-section = The section's result sheet (所属別点検結果票) to write, as PDF (.pdf; a file of the same name is replaced only with --force)
cli-arg-output-audit = The audit report (自己点検結果報告書) to write (.pdf or .docx; a file of the same name is replaced only with --force)
cli-arg-report-format = The report's format: pdf or docx (a Word document with Word's heading and table styles, to edit the wording). Without it, the output file's extension decides: pdf unless .docx
cli-arg-output-findings = The table of items to improve (partly, not implemented, findings) to write: .xlsx an Excel workbook, .csv UTF-8 with BOM; a file of the same name is replaced only with --force
cli-arg-output-answers = The table of every answer to write: .xlsx an Excel workbook, .csv UTF-8 with BOM; a file of the same name is replaced only with --force
cli-cmd-export-progress = Export each section's progress and rates (the numbers the board and the consolidation show)
cli-arg-output-progress = The table of each section's progress and rates to write: .xlsx an Excel workbook, .csv UTF-8 with BOM; a file of the same name is replaced only with --force
cli-arg-font = Japanese font file for reports (.ttf / .otf / .ttc; else $TENKEN_FONT, else BIZ UDGothic and others are looked for)
cli-arg-reports = Folder to write sample reports (PDF and Word .docx) into
report-written = Wrote { $path } ({ $pages } pages, { $size })
report-written-docx = Wrote { $path } (Word document, { $size })
export-written = Wrote { $path } ({ $rows } rows)
report-demo-written = Wrote sample reports to { $dir } ({ $count } files)
report-missing-glyphs = The PDF font has no glyph for { $count ->
        [one] one character, printed
       *[other] { $count } characters, printed
    } as { $substitute }: { $chars } (copying the text from the PDF still gives the original characters; on paper, write them in by hand, or make the report again with a font that has them, given with --font).

## Other tier, the heat-map's legend and its list of clauses

report-col-excluded = Other tier
report-legend-na = Not applicable
report-legend-excluded = items of other tiers are not in the bars
report-heat-under-50 = under 50%
report-heat-50 = 50–74%
report-heat-75 = 75–89%
report-heat-90 = 90–100%
report-heat-unanswered = Open
report-heat-na = N/A
report-heat-excluded = Excl.
report-heat-key = Clauses of the columns
report-reopened-value = { $date } { $reason }

## Progress and rates by section (the table the board and the consolidation export)

export-sheet-progress = Progress and rates by section
export-col-tiers = Tiers
export-col-phase = Progress
export-col-submitted-on = Submitted on
export-col-reopened-on = Sent back on
export-col-reopen-reason = Reason sent back
export-col-answered = Answered
export-col-applicable = Items to answer
export-col-rate = Rate
export-col-yes = Yes
export-col-partial = Partly
export-col-no = No
export-col-na = Not applicable
export-col-unanswered = Unanswered
export-col-excluded = Other tier

## Staff self-check (reports)

report-audit-h-staff = Results of the staff self-check
report-audit-staff-note = "{ $title }" was run in { $sections } sections and answered by { $responses } staff (a response rate of { $rate } of { $headcount } staff). Answers are anonymous; only the number of answers per item reaches the auditor from a section's terminal. In sections where fewer than { $min } answered ({ $few } sections) only the number of responses is shown, never a rate, so that nobody can be singled out.
report-audit-staff-weak-item = - { $item } ("yes" { $rate }{ $before })
report-audit-staff-weakest = Items with the lowest share of "yes":
    { $items }
report-audit-h-staff-by-section = Responses by section
report-audit-h-staff-by-item = Results by item (all sections)
report-col-staff-item = Item
report-col-staff-yes = Yes
report-col-staff-no = No
report-col-staff-unknown = Don't know
report-col-staff-share = Share of "yes"
report-col-staff-responses = Responses
report-col-staff-headcount = Staff
report-col-staff-rate = Response rate
report-col-staff-yes-share = Share of "yes" (all items)
report-staff-too-few = hidden: fewer than { $min }
report-audit-h-follow-ups = 7 Follow-up of last year's improvement plans and findings
report-follow-up-none = There were no improvement plans or findings from last year to follow up.
report-follow-up-note = The sections reported where { $total } improvement plans and findings from last year stand: { $done } done, { $in_progress } in progress, { $not_started } not started, { $dropped } dropped and { $unanswered } not answered. { $overdue } of them are past their date without being done (overdue).
report-follow-up-h-by-section = Follow-up by section
report-follow-up-h-open = Plans and findings that need attention (overdue, not started, dropped, not answered)
report-col-follow-ups = Rows
report-col-overdue = Overdue
report-col-follow-up-source = Item and last year's plan or finding
report-col-follow-up-state = Where it stands
report-follow-up-plan = Plan: { $action } (due { $due })
report-follow-up-finding = Finding: { $text }
report-follow-up-overdue-mark = Overdue
report-follow-up-unanswered = Not answered
report-follow-up-until = {" "}(until { $date })
report-audit-staff-last-year = In { $year } the response rate was { $rate }; the change to this year is { $change } points.
report-audit-staff-weak-last-year = ; { $year }: { $rate }, change { $change } points
report-audit-h-staff-by-bu = Response rate by department
report-col-bu = Department
report-col-staff-sections = Sections
report-col-staff-change = Change
report-section-h-staff = Staff self-check
report-section-staff-note = { $responses } of { $headcount } staff answered (a response rate of { $rate }). { $shown ->
        [yes] The results by item follow.
       *[no] Fewer than { $min } answered, so no results by item are shown.
    }
report-audit-h-onsite = { $n } On-site audits
report-onsite-none = No section has been proposed or confirmed for an on-site audit this year.
report-onsite-proposed-note = The sections for this year's on-site audits are not confirmed yet. From the results, repeated weaknesses, overdue plans, many "not applicable" answers and the years since the last visit, the following sections are proposed (not confirmed).
report-onsite-note = This year { $selected } sections were selected for an on-site audit, and { $visited } of them were visited. Why each was chosen and what the visit found:
report-col-onsite-reasons = Why chosen
report-col-onsite-visit = Date, auditors, result
report-col-onsite-findings = Findings
