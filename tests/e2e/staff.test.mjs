// 職員セルフチェック in the real window (issue L): three staff answer one
// after another on the section's terminal by keyboard, each starting from a
// clear form; the head of section then sees the roll-up; the auditor sees
// shares only where three or more answered.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { axeClean, FY, invoke, start, startAsAuditor, startAsSection } from './app.mjs';

describe('staff self-check in the window', () => {
  test('three staff answer in a row, none sees another, and the head sees the roll-up', async () => {
    // 学務課 7020: the demo's staff have not answered yet.
    const { app, s } = await startAsSection('staff', '7020');
    await (await s.wait('[data-testid=nav-staff]')).click();
    await s.wait('[data-testid=staff-too-few]');
    await (await s.wait('[data-testid=staff-start]')).click();
    const total = (await s.findAll('[data-testid=staff-item]')).length;
    assert.ok(total >= 20, `${total} staff items`);

    for (const key of ['1', '2', '3']) {
      await s.wait('[data-testid=staff-form]');
      const left = await s.exec(`return document.querySelectorAll('[data-testid=staff-form] input:checked').length`);
      assert.equal(left, 0, 'the form starts clear: nothing of the person before is shown');
      await s.exec(`document.querySelector('[data-staff-index="0"] input').focus(); return true;`);
      for (let k = 0; k < total; k++) await s.press(key);
      assert.equal((await s.focused())?.testid, 'staff-send', 'the last answer moves on to the send button');
      if (key === '2') {
        await app.shot('look-16-staff-mode');
        await axeClean(s, 'staff mode');
      }
      await (await s.wait('[data-testid=staff-send]')).click();
      await s.wait('[data-testid=staff-thanks]');
      const practice = await s.findAll('[data-testid=staff-practice] li');
      assert.equal(practice.length, total, 'the right way of every item is shown after answering');
      if (key === '2') {
        await app.shot('look-17-staff-practice');
        await axeClean(s, 'the right way after answering');
      }
      await (await s.wait('[data-testid=staff-next]')).click();
    }
    await (await s.wait('[data-testid=staff-close]')).click();
    const count = await s.waitFor(
      `const el = document.querySelector('[data-testid=staff-count]'); return el && /回答 3人/.test(el.textContent) ? el.textContent : null;`,
    );
    assert.match(/** @type {string} */ (count), /回答 3人 \/ 職員数 7人/);
    await s.wait('[data-testid=staff-weakest]');
    const shares = await s.exec(
      `return [...document.querySelectorAll('[data-testid=staff-rollup] tbody tr td:last-child')].map((td) => td.textContent.trim())`,
    );
    assert.ok(shares.length === total && shares.every((v) => v === '33.3%'), String(shares.slice(0, 3)));
    await app.shot('look-18-staff-rollup');
    await axeClean(s, 'staff roll-up');
  });

  test('the auditor sees shares only where three or more answered', async () => {
    const { app, s } = await startAsAuditor('staff-auditor');
    await (await s.wait('[data-testid=tab-summary]')).click();
    await s.wait('[data-testid=staff-summary]');
    // 子育て支援課 5010: two answered in the demo.
    const few = await s.wait('[data-testid=staff-row-5010] [data-testid=staff-weakest-cell]');
    assert.match(await few.text(), /3人未満のため率は非表示/);
    const many = await s.wait('[data-testid=staff-row-1020] [data-testid=staff-weakest-cell]');
    assert.match(await many.text(), /\d+%/);
    // The heat map of section × staff item: no share in any cell of 5010,
    // shares in 1020's, and the words (not a dash) for the other cells.
    const cells = (code) =>
      s.exec(
        `return [...document.querySelectorAll('[data-testid=staff-heat-row-${code}] [data-testid=staff-heat-cell]')].map((c) => [c.dataset.kind, c.textContent.trim()]);`,
      );
    const few5010 = await cells('5010');
    assert.ok(few5010.length > 0 && few5010.every(([k, t]) => k === 'too_few' && t === '3人未満'), JSON.stringify(few5010));
    const rated1020 = await cells('1020');
    assert.ok(rated1020.some(([k, t]) => k === 'rate' && /^\d+%$/.test(t)), JSON.stringify(rated1020));
    const none7030 = await cells('7030');
    assert.ok(none7030.every(([k, t]) => k === 'no_answers' && t === '未回答'), JSON.stringify(none7030));
    // Response rate by 部 (the demo's seven), each beside last year's.
    const bu = await s.exec(
      `return [...document.querySelectorAll('[data-testid=staff-bu-row]')].map((r) => [...r.children].map((c) => c.textContent.trim()));`,
    );
    assert.equal(bu.length, 7, JSON.stringify(bu));
    assert.equal(bu[0][0], '政策経営部');
    assert.ok(bu.every((r) => r.length === 7 && /%$/.test(r[4]) && /%$/.test(r[5]) && /^(▲ \+|▼ −|±)\d+/.test(r[6])), JSON.stringify(bu));
    // The ward's weakest items, with last year's share.
    const weak = await s.exec(`return [...document.querySelectorAll('[data-testid=staff-ward-weakest] li')].map((l) => l.textContent);`);
    assert.equal(weak.length, 5);
    assert.ok(weak.every((w) => /令和\d+年度 \d+\.\d%/.test(w)), JSON.stringify(weak));
    await s.exec(`document.querySelector('[data-testid=staff-summary]').scrollIntoView({ block: 'start' }); return true;`);
    await app.shot('look-19-staff-auditor');
    await s.exec(`document.querySelector('[data-testid=staff-heat]').scrollIntoView({ block: 'start' }); return true;`);
    await app.shot('look-19b-staff-heatmap');
    await axeClean(s, 'consolidation with the staff table and heat map');
  });

  test('a section sees the finding of the auditor beside the answer it is on', async () => {
    // 情報政策課 1020: the demo's auditor marked one of its answers 指摘.
    const { app, s } = await startAsSection('finding', '1020');
    const found = await invoke(s, 'section_findings', { year: FY, dept: '1020' });
    assert.equal(found.ok.length, 1, JSON.stringify(found));
    const item = found.ok[0].item;
    // Submitted: the answers open read-only from the tab.
    await (await s.wait('[data-testid=nav-answer]')).click();
    await (await s.wait(`.itemlink[data-item="${item}"]`)).click();
    const box = await s.wait('[data-testid=item-card] [data-testid=item-finding]');
    assert.match(await box.text(), /監査担当からの指摘[\s\S]*軽微な不適合[\s\S]*実施の記録/);
    await app.shot('look-20-finding-on-item');
    await axeClean(s, 'answering panel with a finding');
  });
});
