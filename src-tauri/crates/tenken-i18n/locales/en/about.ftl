# tenken — About screen, `tenken --version` and the desktop menu entry (en).
# Every id here must also exist in ja/about.ftl.

## The About screen (tenken-app)

app-about-open = About tenken
app-about-title = About tenken
app-about-version = Version { $version }
app-about-license = tenken itself is licensed under { $license }
app-about-checklists = Shipped checklists
app-about-checklists-lead = Answers are stored tied to the SHA-256 of the checklist's content (its identity). Compare it with the checklist identity printed on distribution packages and reports.
app-about-col-id = Id
app-about-col-title = Checklist
app-about-col-hash = SHA-256 (checklist identity)
app-about-campaigns = Campaigns in this database
app-about-no-campaigns = No campaign has been opened yet.
app-about-components = Bundled components and their licenses
app-about-components-lead = tenken contains these { $count } open-source components (Rust crates in the program, npm packages in the window), grouped by license.
app-about-group = { $license } ({ $count })
app-about-origin-crate = Rust
app-about-origin-npm = npm

## The desktop menu entry (src-tauri/linux/tenken.desktop; a test compares)

app-desktop-name = tenken
app-desktop-generic = Information security self-inspection
app-desktop-comment = Answer the yearly information-security self-inspection, or consolidate the answers as the auditor

## tenken --version

cli-version-checklists = Shipped checklists (id, first 12 digits of SHA-256, title):
