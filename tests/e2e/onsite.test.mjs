// @ts-check
// 実地監査 in the real window (issue M): the ranked proposal with its
// reasons, the confirmed selection, and a visit recorded — a wrong date is
// refused at its field and nothing is saved.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { axeClean, FY, invoke, startAsAuditor } from './app.mjs';

describe('on-site audits in the window', () => {
  test('the auditor confirms the proposed sections and records a visit', async () => {
    const { app, s } = await startAsAuditor('onsite');
    await (await s.wait('[data-testid=tab-onsite]')).click();
    await s.wait('[data-testid=onsite-ranking]');

    // The demo proposes three sections, each with its reasons in words.
    const proposed = await s.exec(
      `return [...document.querySelectorAll('[data-testid=onsite-candidate][data-proposed=true]')].map((r) => [r.dataset.code, r.querySelector('[data-testid=onsite-reasons]').textContent, r.querySelector('input').checked]);`,
    );
    assert.equal(proposed.length, 3, JSON.stringify(proposed));
    assert.ok(proposed.every(([, reasons, checked]) => reasons.trim().length > 0 && checked), JSON.stringify(proposed));
    assert.ok(proposed.some(([, reasons]) => /実施率が低い|再発|期限超過/.test(reasons)), JSON.stringify(proposed));
    // Last year's visits count: 1020 was visited, so it says how long ago.
    const visited = await s.exec(
      `return document.querySelector('[data-testid=onsite-candidate][data-code="1020"] [data-testid=onsite-reasons]')?.textContent ?? '';`,
    );
    assert.match(visited, /前回の実地監査から1年/);
    await app.shot('look-25-onsite-ranking');
    await axeClean(s, 'on-site ranking');

    await (await s.wait('[data-testid=onsite-confirm]')).click();
    await s.wait('[data-testid=onsite-visit]');
    const code = proposed[0][0];
    const card = `[data-testid=onsite-visit][data-code="${code}"]`;

    // A date still to come is refused under the date field; nothing is saved.
    await (await s.wait(`${card} [data-testid=onsite-visit-date]`)).sendKeys('2099-01-01');
    // 𠮷 lies outside the BMP, which WebKitWebDriver's keys cannot type:
    // put it in as an IME or a paste does, with an input event.
    await s.wait(`${card} [data-testid=onsite-visit-auditors]`);
    await s.exec(
      `const i = document.querySelector('${card.replaceAll('"', '\\"')} [data-testid=onsite-visit-auditors]'); i.value = '𠮷田 監査員'; i.dispatchEvent(new Event('input')); return true;`,
    );
    await (await s.wait(`${card} [data-testid=onsite-result-some_improvement]`)).click();
    await (await s.wait(`${card} [data-testid=onsite-visit-save]`)).click();
    const error = await s.wait(`${card} .field-error`);
    assert.match(await error.text(), /まだ来ていません/);
    assert.equal(await (await s.wait(`${card} [data-testid=onsite-visit-date]`)).attribute('aria-invalid'), 'true');
    const none = await invoke(s, 'onsite', { year: FY });
    assert.equal(none.ok.selection.find((l) => l.selected.code === code).selected.visit, null);

    // Today (this computer's local day, as the store counts it) is taken.
    const date = await s.exec(`return new Date().toLocaleDateString('sv');`);
    const field = await s.wait(`${card} [data-testid=onsite-visit-date]`);
    await field.clear();
    await field.sendKeys(date);
    await (await s.wait(`${card} [data-testid=onsite-visit-findings]`)).sendKeys('USBメモリの管理簿に記入漏れ');
    await (await s.wait(`${card} [data-testid=onsite-visit-save]`)).click();
    await s.wait(`${card} [data-testid=onsite-visit-recorded]`);
    const after = await invoke(s, 'onsite', { year: FY });
    const visit = after.ok.selection.find((l) => l.selected.code === code).selected.visit;
    assert.deepEqual([visit.date, visit.auditors, visit.result], [date, '𠮷田 監査員', 'some_improvement']);
    await s.exec(`document.querySelector('${card.replaceAll('"', '\\"')}').scrollIntoView({ block: 'start' }); return true;`);
    await app.shot('look-26-onsite-visit');
    await axeClean(s, 'on-site visit');
  });
});
