// @ts-check
// 提出期限・問い合わせ先 and the sign-off of a submission through the real
// window (issue O): the auditor sets the deadline and the contact, the
// section sees them with 残り日数, submits with 回答者 and 所属長, and the
// board shows who answered and approved and filters 期限超過.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { chooseSection, FY, invoke, setUpAsAuditor, start, startNew, tempHome } from './app.mjs';

const PASSPHRASE = '監査担当の合言葉 e2e';
/** The fiscal year's last day, written as clerks write it (R9.3.31 for FY2026). */
const DUE_WAREKI = `R${FY + 1 - 2018}.3.31`;
const DUE_JA = `令和${FY + 1 - 2018}年3月31日`;

/** @param {import('./webdriver.mjs').Session} s @param {string} css @param {string} text */
async function typeInto(s, css, text) {
  const el = await s.wait(css);
  await el.clear();
  await el.sendKeys(text);
}

/** Waits until `css` holds text matching `re`; returns the text. @param {import('./webdriver.mjs').Session} s @param {string} css @param {RegExp} re */
async function textMatching(s, css, re) {
  const t = await s.waitFor(
    `const el = document.querySelector(arguments[0]);
     return el && new RegExp(arguments[1]).test(el.textContent) ? el.textContent : null;`,
    [css, re.source],
  );
  return /** @type {string} */ (t);
}

describe('deadline, contact and sign-off', () => {
  test('the auditor sets the deadline and contact, the section sees them, submits with 回答者 and 所属長, the board shows them', async () => {
    const { app, s } = await startNew('deadline');
    // The auditor's first start.
    await setUpAsAuditor(s, PASSPHRASE);
    await s.wait('[data-testid=board]');

    // 点検の一覧: the deadline in 和暦 short form, the contact; a bad date first.
    await (await s.wait('[data-testid=tab-campaigns]')).click();
    await s.wait('[data-testid=campaign-settings]');
    await typeInto(s, '[data-testid=settings-due]', `${FY + 1}-02-30`);
    await (await s.wait('[data-testid=settings-save]')).click();
    await textMatching(s, '[data-testid=campaign-settings] [role=alert]', /日付として読めません/);
    await typeInto(s, '[data-testid=settings-due]', DUE_WAREKI);
    await typeInto(s, '[data-testid=settings-contact_unit]', '情報政策課 セキュリティ係');
    await typeInto(s, '[data-testid=settings-contact_phone]', '内線 4321');
    await typeInto(s, '[data-testid=settings-contact_mail]', 'security@city.example.lg.jp');
    await typeInto(s, '[data-testid=settings-lead]', '山田 隆');
    // 証跡の所在 required for 重点項目 answered 実施している: ticked here, kept by the store.
    assert.equal(await s.exec(`return document.querySelector('[data-testid=settings-evidence-required]').checked`), false, 'off by default');
    await (await s.wait('[data-testid=settings-evidence-required]')).click();
    await (await s.wait('[data-testid=settings-save]')).click();
    await textMatching(s, '[data-testid=campaign-settings] [role=status]', /保存しました/);
    const stored = /** @type {{ ok: { settings: { evidence_required: boolean } } }} */ (await invoke(s, 'campaign_notice', { year: FY }));
    assert.equal(stored.ok.settings.evidence_required, true, 'the store keeps the requirement');
    // The header's chip follows the new deadline at once, without a reload.
    await textMatching(s, '[data-testid=header-deadline]', new RegExp(DUE_JA));
    await app.shot('30-campaign-settings');

    // 総評: assurance wording is saved with a warning, not refused; plain words clear the warning.
    await typeInto(s, '[data-testid=assessment-text]', '媒体の持出し管理に課題が残る。\n重大な問題は発見されなかった。');
    await (await s.wait('[data-testid=assessment-save]')).click();
    await textMatching(s, '[data-testid=assessment-warning]', /「問題は発見されなかった」/);
    await textMatching(s, '[data-testid=assessment] .notice.ok', /総評を保存しました/);
    await app.shot('30b-assessment-warning');
    await typeInto(s, '[data-testid=assessment-text]', '媒体の持出し管理に課題が残る。次年度の重点テーマとする。');
    await (await s.wait('[data-testid=assessment-save]')).click();
    await textMatching(s, '[data-testid=assessment] .notice.ok', /総評を保存しました/);
    assert.equal(await s.exec(`return document.querySelector('[data-testid=assessment-warning]') === null`), true);

    // 重点テーマ: the demo's theme is shown; a theme without a title is refused at the title, then saved with one more clause.
    const demoTitle = await s.waitFor(
      `const el = document.querySelector('[data-testid=theme-title]');
       return el && el.value !== '' ? el.value : null;`,
      [],
    );
    assert.match(String(demoTitle), /重点テーマ：外部記録媒体の管理/);
    await typeInto(s, '[data-testid=theme-title]', ' ');
    await (await s.wait('[data-testid=theme-save]')).click();
    await textMatching(s, '[data-testid=theme] #theme-title-error', /題名を入力してください/);
    assert.equal(await s.exec(`return document.querySelector('[data-testid=theme-title]').getAttribute('aria-invalid')`), 'true');
    await typeInto(s, '[data-testid=theme-title]', `令和${FY - 2018}年度 重点テーマ：外部記録媒体と持出し`);
    await (await s.wait('[data-testid=theme-clause][value="6.(5)"]')).click();
    await (await s.wait('[data-testid=theme-save]')).click();
    await textMatching(s, '[data-testid=theme] .notice.ok', /重点テーマを保存しました/);
    assert.equal(await s.exec(`return document.querySelector('[data-testid=theme-error]') === null`), true);
    assert.equal(await s.exec(`return document.querySelector('[data-testid=theme-clause][value="6.(5)"]').checked`), true);
    await app.shot('30c-theme');

    // The board: the deadline with 残り日数, who answered and approved each submission.
    await (await s.wait('[data-testid=tab-board]')).click();
    const days = await textMatching(s, '[data-testid=board] [data-testid=days-left]', /残り\d+日|本日が期限/);
    assert.ok(days);
    await textMatching(s, '[data-testid=board] [data-testid=deadline-notice]', new RegExp(DUE_JA));
    // The demo's submitted sections carry a respondent and an approver.
    const respondents = await s.exec(
      `return [...document.querySelectorAll('[data-testid^=respondent-]')].map((e) => e.textContent.trim()).filter((t) => t);`,
    );
    assert.ok(/** @type {string[]} */ (respondents).length >= 10, `respondents on the board: ${respondents}`);
    // Before the deadline nobody is 期限超過.
    assert.equal(await (await s.wait('[data-testid=count-overdue] .phasecard-n')).text(), '0');
    await app.shot('31-board-deadline');

    // The same terminal becomes 学務課's (7020): it sees what the auditor set.
    await (await s.wait('[data-testid=change-role]')).click();
    await chooseSection(s, '7020');
    await textMatching(s, '[data-testid=deadline-notice]', new RegExp(DUE_JA));
    await textMatching(s, '[data-testid=days-left]', /残り\d+日|本日が期限/);
    await textMatching(s, '[data-testid=contact-line]', /情報政策課 セキュリティ係　内線 4321　security@city\.example\.lg\.jp/);
    await textMatching(s, '[data-testid=header-deadline]', /提出期限/);
    await app.shot('32-section-deadline-contact');
    await app.stop();
  });

  test('after the deadline the board marks the unsubmitted sections 期限超過 and filters them', async () => {
    const home = tempHome('overdue');
    // The day after the demo's deadline (two weeks from today, at most the year's end).
    const due = new Date(Math.min(Date.now() + 14 * 86400000, new Date(FY + 1, 2, 31).getTime()));
    const after = new Date(due.getTime() + 2 * 86400000);
    const iso = (/** @type {Date} */ d) =>
      `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    process.env.TENKEN_TODAY = iso(after);
    let app;
    try {
      app = await start(home, 'overdue');
    } finally {
      delete process.env.TENKEN_TODAY;
    }
    const s = app.session;
    await setUpAsAuditor(s, PASSPHRASE);
    await s.wait('[data-testid=board]');
    await textMatching(s, '[data-testid=board] [data-testid=days-left]', /期限超過/);
    const all = await s.findAll('[data-testid=board] tbody tr');
    // The demo: 12 of 20 submitted (one sent back again) → 9 unsubmitted sections are overdue.
    const n = Number(await (await s.wait('[data-testid=count-overdue] .phasecard-n')).text());
    assert.equal(n, 9);
    await (await s.wait('[data-testid=count-overdue]')).click();
    const rows = await s.findAll('[data-testid=board] tbody tr');
    assert.equal(rows.length, n);
    assert.ok(rows.length < all.length);
    const badges = await s.findAll('[data-testid=board] tbody [data-testid^=overdue-]');
    assert.equal(badges.length, n);
    await textMatching(s, '[data-testid=header-deadline]', /期限超過/);
    await app.shot('33-board-overdue-filter');
    await app.stop();
  });
});
