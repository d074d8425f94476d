// @ts-check
// The window's look and words through the real window (issue O): axe-core
// finds no serious or critical violation on the screens a section and the
// auditor use; a refusal sits under its field; the answer list prints as
// the paper the head of section signs; the heat map tells 対象外 from 未回答
// with words and a legend. Screenshots go to tests/artifacts/ (look-*.png).

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { axeClean, start, startNew, tempHome } from './app.mjs';
import { Keys, sleep } from './webdriver.mjs';


describe('look and words of the window', () => {
  test('a section: first start with nothing chosen, field errors, print of the answer list, axe on each screen', async () => {
    const { app, s } = await startNew('look-section');

    // First start: a searchable list with nothing chosen; starting without a choice says so at the list.
    await (await s.wait('[data-testid=role-section]')).click();
    assert.equal(await s.exec(`return document.querySelector('[data-testid=setup-section]').value`), '');
    await axeClean(s, 'first start');
    await (await s.wait('[data-testid=setup-start]')).click();
    const missing = await s.wait('[data-testid=setup-section-error]');
    assert.match(await missing.text(), /所属/);
    assert.equal(await s.exec(`return document.querySelector('[data-testid=setup-section]').getAttribute('aria-invalid')`), 'true');
    assert.equal((await s.focused())?.testid, 'setup-section', 'the focus goes to the list');
    await (await s.wait('[data-testid=setup-search]')).sendKeys('7030');
    await s.waitFor(`return document.querySelectorAll('[data-testid=setup-section] option').length === 1`);
    await app.shot('look-01-first-start-search');
    await (await s.wait('[data-testid=setup-section] option[value="7030"]')).click();
    await (await s.wait('[data-testid=setup-start]')).click();

    // Overview: one word per state (the auditor's), 提出 reachable from the top.
    await s.wait('[data-testid=section-overview]');
    const state = await (await s.wait('[data-testid=section-state]')).text();
    assert.ok(['未着手', '回答中', '差戻し'].includes(state.trim()), state);
    assert.doesNotMatch(await s.exec('return document.body.innerText'), /作成中|未完了|tenken|データベース:/);
    await axeClean(s, 'section overview');
    await app.shot('look-02-overview');
    await (await s.wait('[data-testid=jump-submit]')).click();
    await s.waitFor(`return document.activeElement?.dataset.testid === 'submit-check'`);

    // Answering: 4 (該当なし) without a reason is refused under the reason field.
    await (await s.wait('[data-testid=nav-overview]')).click();
    await (await s.wait('[data-testid=start-answering]')).click();
    await s.wait('[data-testid=item-card]');
    for (let k = 0; k < 20 && (await s.findAll('[data-testid=item-card] [data-testid=auto-na]')).length > 0; k++) {
      await (await s.wait('[data-testid=next-item]')).click();
      await sleep(50);
    }
    assert.equal(await s.exec(`return document.querySelector('[data-testid=item-card]').textContent.includes('項目ID')`), false);
    await axeClean(s, 'answering panel');
    await s.exec(`document.querySelector('[data-testid=item-card] [data-testid=answer-no]').focus()`);
    await s.press('4');
    const reason = await s.waitFor(
      `const el = document.querySelector('[data-testid=item-card] [data-testid=na-reason]');
       const err = el && el.parentElement.querySelector('.field-error');
       if (!el || !err) return null;
       return { invalid: el.getAttribute('aria-invalid'), describedby: el.getAttribute('aria-describedby'), errId: err.id,
                text: err.textContent, focused: document.activeElement === el,
                unsaved: !!document.querySelector('[data-testid=item-card] .scale-option.unsaved [data-testid=unsaved]'),
                required: el.parentElement.querySelector('label .required')?.textContent,
                listed: document.querySelector('.itemlink[aria-current=true] .itemlink-status')?.textContent };`,
    );
    assert.equal(reason.invalid, 'true');
    assert.ok(reason.describedby.split(' ').includes(reason.errId), 'the field points at its message');
    assert.match(reason.text, /理由/);
    assert.ok(reason.focused, 'the focus moved to the field');
    assert.ok(reason.unsaved, 'the refused choice is marked 未保存');
    assert.equal(reason.required, '必須');
    assert.equal(reason.listed, '未保存');
    await axeClean(s, 'answering panel with a refusal');
    await app.shot('look-03-field-error');
    // The message goes as soon as the reason is typed (before the save comes back).
    await s.type('窓口業務がないため');
    await s.waitFor(`return !document.querySelector('[data-testid=item-card] .field-error')`);
    await s.press(Keys.Escape);
    await s.waitFor(`return document.querySelector('[data-testid=item-card] .save-saved') !== null`);
    assert.equal(await s.exec(`return document.querySelector('[data-testid=item-card] .unsaved') === null`), true);
    // 証跡の所在: typed beside the answer, saved with it, shown in the list.
    const evidence = await s.wait('[data-testid=item-card] [data-testid=evidence]');
    await evidence.click();
    await evidence.sendKeys('課内の業務一覧（課内共有フォルダ「庶務」）');
    await s.press(Keys.Tab);
    await s.waitFor(
      `const c = document.querySelector('[data-testid=item-card]');
       return c.querySelector('.save-saved') && c.querySelector('[data-testid=evidence]').value.includes('業務一覧') ? true : null;`,
    );
    await s.exec(`document.querySelector('[data-testid=item-card] [data-testid=evidence]').scrollIntoView({ block: 'center' })`);
    await app.shot('look-03b-method-focus-evidence');

    // The answer list: a print button (window.print, stubbed: WebDriver cannot drive the print dialog).
    await (await s.wait('[data-testid=nav-list]')).click();
    await s.wait('[data-testid=answer-list]');
    const listed = await s.exec('return document.querySelector("[data-testid=answer-list]").innerText');
    assert.match(listed, /証跡の所在：課内の業務一覧/, 'the list shows the 証跡の所在');
    // 指導課 has no attributes: items for sections with contractors are 該当なし by themselves, saying why.
    assert.match(listed, /該当なし（属性「業務委託あり」なし）/);
    await axeClean(s, 'answer list');
    await app.shot('look-04-answer-list');
    await s.exec(`window.__printed = 0; window.print = () => { window.__printed += 1; };`);
    await (await s.wait('[data-testid=print]')).click();
    assert.equal(await s.exec('return window.__printed'), 1, 'the print button calls window.print()');
    // The print rules, applied to the screen: WebKitWebDriver cannot emulate
    // print media, so the @media print block of the page's own stylesheet is
    // copied into a constructed sheet for all media. This proves what the
    // rules do, not that the print dialog uses them (the engine does that).
    const printed = await s.exec(
      `const rules = [];
       for (const sheet of document.styleSheets) for (const r of sheet.cssRules)
         if (r instanceof CSSMediaRule && r.media.mediaText.includes('print')) for (const inner of r.cssRules) if (!(inner instanceof CSSPageRule)) rules.push(inner.cssText);
       const sheet = new CSSStyleSheet();
       sheet.replaceSync(rules.join('\\n'));
       document.adoptedStyleSheets = [sheet];
       const shown = (css) => { const el = document.querySelector(css); return el ? getComputedStyle(el).display !== 'none' : null; };
       return { rules: rules.length, topbar: shown('.topbar'), tabs: shown('nav.tabs'), button: shown('[data-testid=print]'),
                signbox: shown('[data-testid=signbox]'), what: shown('.print-what'),
                ink: getComputedStyle(document.querySelector('.answer-list td')).color,
                rowBreak: getComputedStyle(document.querySelector('.answer-list tbody tr')).breakInside };`,
    );
    assert.ok(printed.rules > 5, 'app.css has print rules');
    assert.equal(printed.topbar, false, 'print hides the top bar');
    assert.equal(printed.tabs, false, 'print hides the navigation');
    assert.equal(printed.button, false, 'print hides the print button');
    assert.equal(printed.signbox, true, 'print shows the box the head of section signs');
    assert.equal(printed.what, true, 'print names the section and checklist');
    assert.equal(printed.ink, 'rgb(0, 0, 0)', 'black on white');
    assert.equal(printed.rowBreak, 'avoid', 'an item is not split across pages');
    await s.settle();
    await app.shot('look-05-answer-list-print-rules');
    await s.exec(`document.adoptedStyleSheets = [];`);
  });

  test('the auditor: heat map with words and a legend, verbs on buttons, ask before a section becomes a parent, unlock help, axe on each screen', async () => {
    const home = tempHome('look-auditor');
    let app = await start(home, 'look-auditor');
    let s = app.session;
    await (await s.wait('[data-testid=role-auditor]')).click();
    await axeClean(s, 'first start (auditor)');
    await (await s.wait('[data-testid=setup-passphrase]')).sendKeys('e2e-look-pass');
    await (await s.wait('[data-testid=setup-confirmation]')).sendKeys('e2e-look-pass');
    await (await s.wait('[data-testid=setup-start]')).click();
    await s.wait('[data-testid=board]');
    await axeClean(s, 'auditor board');
    // Dates are 和暦 and never wrap.
    const dates = await s.exec(
      `return [...document.querySelectorAll('[data-testid=board] .date')].map((td) => [td.textContent.trim(), getComputedStyle(td).whiteSpace]).filter(([t]) => t)`,
    );
    assert.ok(dates.length > 0, 'the board shows submission dates');
    for (const [text, ws] of dates) {
      assert.match(text, /^令和\d+年\d+月\d+日$/, text);
      assert.equal(ws, 'nowrap');
    }
    await app.shot('look-06-board');

    await (await s.wait('[data-testid=tab-summary]')).click();
    await s.wait('[data-testid=heatmap]');
    const heat = await s.exec(
      `const cells = [...document.querySelectorAll('[data-testid=heat-cell]')];
       return { kinds: [...new Set(cells.map((c) => c.dataset.kind))],
                inks: [...new Set(cells.map((c) => getComputedStyle(c).color))],
                excluded: cells.filter((c) => c.dataset.kind === 'excluded').map((c) => c.textContent.trim()),
                unanswered: cells.filter((c) => c.dataset.kind === 'unanswered').map((c) => c.textContent.trim()),
                legend: document.querySelectorAll('[data-testid=heat-legend] li').length,
                titles: [...document.querySelectorAll('[data-testid=heat-clause] .clausecol-title')].map((e) => e.textContent.trim()),
                rows: [...document.querySelectorAll('.heat-row .heat-code')].map((e) => e.textContent.trim()) };`,
    );
    assert.deepEqual(heat.inks, ['rgb(26, 26, 26)'], 'dark text on every cell');
    assert.ok(heat.kinds.includes('excluded'), `the demo has a clause a section's 系 leave out: ${heat.kinds}`);
    assert.ok(heat.excluded.every((x) => x === '対象外'));
    assert.ok(heat.unanswered.every((x) => x === '未回答'));
    // Six bands, and the 再 mark of 再発 (issue M).
    assert.equal(heat.legend, 7);
    assert.ok(heat.titles.length > 0 && heat.titles.every((x) => x.length > 0), 'clause titles on the column headers');
    assert.ok(heat.rows.every((x) => /\S/.test(x)), 'codes on the rows');
    await axeClean(s, 'consolidation and heat map');
    await app.shot('look-07-heatmap');

    await (await s.wait('[data-testid=heat-cell][data-kind=top], [data-testid=heat-cell][data-kind=lt90], [data-testid=heat-cell][data-kind=lt75], [data-testid=heat-cell][data-kind=lt50]')).click();
    await s.wait('[data-testid=drill] tbody .actions button');
    const verbs = await s.exec(`return [...document.querySelectorAll('[data-testid=drill] tbody .actions button')].slice(0, 2).map((b) => b.textContent.trim())`);
    assert.deepEqual(verbs, ['確認済みにする', '指摘する…']);
    await axeClean(s, 'drill-down');
    await app.shot('look-08-drill');

    await (await s.wait('[data-testid=tab-departments]')).click();
    await s.wait('[data-testid=departments]');
    assert.equal(await (await s.wait('[data-testid=dept-import]')).enabled(), false, '取り込む waits for a file');
    // 下に追加 on a section asks first.
    const sectionRow = await s.exec(
      `const li = [...document.querySelectorAll('.tree li')].find((l) => l.querySelector('.badge.kind')?.textContent === '課');
       return li ? [...li.querySelectorAll('button')].findIndex((b) => b.textContent.includes('下に追加')) >= 0 && li.querySelector('.tree-name').textContent : null;`,
    );
    assert.ok(sectionRow);
    await s.exec(
      `const li = [...document.querySelectorAll('.tree li')].find((l) => l.querySelector('.badge.kind')?.textContent === '課');
       [...li.querySelectorAll('button')].find((b) => b.textContent.includes('下に追加')).click();`,
    );
    const ask = await s.wait('[data-testid=dept-add-confirm]');
    assert.match(await ask.text(), new RegExp(`${sectionRow}.*部`));
    assert.equal((await s.findAll('[data-testid=dept-code]')).length, 0, 'no form before the answer');
    await axeClean(s, 'departments with the question');
    await app.shot('look-09-departments-ask');
    await (await s.wait('[data-testid=dept-add-confirm-do]')).click();
    await s.wait('[data-testid=dept-code]');
    // A refusal under its field: the name is empty.
    await (await s.wait('[data-testid=dept-code]')).sendKeys('9920');
    await (await s.wait('[data-testid=dept-save]')).click();
    const nameErr = await s.waitFor(
      `const el = document.querySelector('[data-testid=dept-name]');
       const err = el.parentElement.querySelector('.field-error');
       return err ? { invalid: el.getAttribute('aria-invalid'), focused: document.activeElement === el, text: err.textContent } : null;`,
    );
    assert.equal(nameErr.invalid, 'true');
    assert.ok(nameErr.focused);
    await app.shot('look-10-departments-field-error');
    // 所属の属性: ticked in the form, shown as badges in the tree.
    await (await s.wait('[data-testid=dept-name]')).sendKeys('区民相談課');
    await (await s.wait('[data-testid=dept-attr-counter]')).click();
    await (await s.wait('[data-testid=dept-attr-outsourcing]')).click();
    await app.shot('look-10b-departments-attributes');
    await (await s.wait('[data-testid=dept-save]')).click();
    const badges = await s.waitFor(
      `const li = document.querySelector('[data-testid=dept-row][data-code="9920"]');
       return li ? [...li.querySelectorAll('[data-testid=dept-attribute]')].map((b) => b.textContent) : null;`,
    );
    assert.deepEqual(badges, ['業務委託あり', '窓口あり']);
    const central = await s.exec(
      `return [...document.querySelector('[data-testid=dept-row][data-code="1020"]').querySelectorAll('[data-testid=dept-attribute]')].map((b) => b.textContent)`,
    );
    assert.ok(central.includes('主管課'), `the demo's 情報政策課 is the 主管課: ${central}`);

    await (await s.wait('[data-testid=tab-campaigns]')).click();
    await s.wait('[data-testid=campaigns]');
    const carried = await s.exec(`return [...document.querySelectorAll('[data-testid=campaigns] tbody tr td:nth-child(5)')].map((td) => td.textContent.trim()).filter(Boolean)`);
    for (const c of carried) assert.match(c, /^令和\d+年度$/, c);
    await axeClean(s, 'campaigns');
    await app.shot('look-11-campaigns');

    // Unlock: help for a forgotten passphrase.
    await (await s.wait('[data-testid=lock]')).click();
    await s.wait('[data-testid=unlock]');
    await (await s.wait('[data-testid=unlock-forgot] summary')).click();
    assert.match(await (await s.wait('[data-testid=unlock-forgot]')).text(), /調べることも/);
    await axeClean(s, 'unlock');
    await app.shot('look-12-unlock-help');
  });
});
