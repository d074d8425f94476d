// @ts-check
// Starts the real debug build of tenken-app under WebKitWebDriver, each
// launch with its own database and data folders in a temporary directory.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Session, request, sleep } from './webdriver.mjs';

const here = dirname(fileURLToPath(import.meta.url));
/** The repository root. */
export const ROOT = resolve(here, '../..');
/** Where screenshots and logs go (gitignored). */
export const ARTIFACTS = join(ROOT, 'tests/artifacts');
/** The app binary: TENKEN_APP, else the debug build in CARGO_TARGET_DIR (or target/). */
export const APP =
  process.env.TENKEN_APP ?? join(process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target'), 'debug/tenken-app');
const DRIVER = process.env.WEBKIT_WEBDRIVER ?? 'WebKitWebDriver';

mkdirSync(ARTIFACTS, { recursive: true });

/** A port nobody listens on right now. */
function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => res(port));
    });
  });
}

/** The processes whose parent is `pid` (Linux /proc), e.g. the app the driver started. @param {number} pid */
function childrenOf(pid) {
  const out = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Field 4 (after "pid (comm) state") is the parent's pid; comm may hold spaces.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) out.push(Number(entry));
    } catch {
      /* gone meanwhile */
    }
  }
  return out;
}

/** Ends a process we started (by its id) and waits for it; SIGKILL after 5 s. @param {number} pid */
async function end(pid) {
  const alive = () => existsSync(`/proc/${pid}`) && !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z');
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  for (let k = 0; k < 100 && alive(); k++) await sleep(50);
  if (alive()) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
}

/** Every temporary home made in this process, removed when its tests are over. */
const homes = [];

/**
 * A fresh temporary home for one test: database and XDG folders inside it.
 * It is removed after the file's tests (a run would otherwise leave tens of
 * megabytes in the temporary folder each time); TENKEN_E2E_KEEP=1 keeps it
 * for a look at what a failed test left. Logs and screenshots are in
 * tests/artifacts either way.
 */
export function tempHome(name) {
  const dir = mkdtempSync(join(tmpdir(), `tenken-e2e-${name}-`));
  homes.push(dir);
  for (const sub of ['data', 'config', 'cache', 'home']) mkdirSync(join(dir, sub), { recursive: true });
  return { dir, db: join(dir, 'tenken.db') };
}

/**
 * A running app with its driver.
 * @typedef {{ session: Session, startMs: number, stop: () => Promise<void>, shot: (name: string) => Promise<string> }} Running
 */

/**
 * Starts WebKitWebDriver and, through it, the app on `home`'s database.
 * `startMs` is the time from asking for the session (which spawns the app)
 * to the first screen's element being present.
 * @param {{dir: string, db: string}} home @param {string} label
 * @returns {Promise<Running>}
 */
export async function launch(home, label) {
  const port = await freePort();
  const log = openSync(join(ARTIFACTS, `${label}.log`), 'a');
  const env = {
    ...process.env,
    TAURI_WEBVIEW_AUTOMATION: 'true',
    HOME: join(home.dir, 'home'),
    XDG_DATA_HOME: join(home.dir, 'data'),
    XDG_CONFIG_HOME: join(home.dir, 'config'),
    XDG_CACHE_HOME: join(home.dir, 'cache'),
    LANG: 'C.UTF-8',
    LC_ALL: '',
    LC_MESSAGES: '',
    TENKEN_LOG: process.env.TENKEN_LOG ?? 'info',
    NO_AT_BRIDGE: '1',
    // No shader cache: nothing is written into the home while a web process
    // is still exiting after its window was stopped (see removeHomes).
    MESA_SHADER_CACHE_DISABLE: 'true',
  };
  const driver = spawn(DRIVER, [`--port=${port}`], { env, stdio: ['ignore', log, log] });
  const base = `http://127.0.0.1:${port}`;
  const ready = Date.now() + 10000;
  for (;;) {
    try {
      const s = await request(base, 'GET', '/status');
      if (s?.ready !== false) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > ready || driver.exitCode !== null) throw new Error(`${DRIVER} did not start (see ${label}.log)`);
    await sleep(50);
  }
  const t0 = performance.now();
  /** @type {Session} */
  let session;
  try {
    session = await Session.start(base, {
      'webkitgtk:browserOptions': { binary: APP, args: ['--db', home.db] },
    });
    await session.wait('[data-ready]', { timeout: 20000 });
  } catch (e) {
    for (const pid of driver.pid ? childrenOf(driver.pid) : []) await end(pid);
    driver.kill('SIGTERM');
    throw e;
  }
  const startMs = performance.now() - t0;
  // The app is the driver's child. Deleting the session closes the page but
  // not the app, and ending the driver leaves it running: end it by its id.
  const apps = driver.pid ? childrenOf(driver.pid) : [];
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    try {
      await session.quit();
    } catch {
      /* the app may already be gone */
    }
    for (const pid of apps) await end(pid);
    if (driver.exitCode === null) {
      driver.kill('SIGTERM');
      await new Promise((r) => (driver.exitCode !== null ? r(null) : driver.once('exit', r)));
    }
  };
  const shot = async (/** @type {string} */ name) => {
    const file = join(ARTIFACTS, `${name}.png`);
    writeFileSync(file, await session.screenshot());
    return file;
  };
  return { session, startMs, stop, shot };
}

/** Appends a line to tests/artifacts/timings.txt (start times, for the report). @param {string} line */
export function recordTiming(line) {
  writeFileSync(join(ARTIFACTS, 'timings.txt'), `${line}\n`, { flag: 'a' });
}

/** The fiscal year the window opens on today (April to March), as the app counts it. */
export const FY = (() => {
  const now = new Date();
  return now.getMonth() >= 3 ? now.getFullYear() : now.getFullYear() - 1;
})();

/** Every window a test file started, stopped once its tests are over (even after a failure). */
const started = [];
after(async () => {
  for (const stop of started.splice(0)) await stop().catch(() => {});
  removeHomes();
});

/** Removes the temporary homes made so far, unless TENKEN_E2E_KEEP=1; call it once their apps have stopped. */
export function removeHomes() {
  const dirs = homes.splice(0);
  if (process.env.TENKEN_E2E_KEEP === '1') return;
  for (const dir of dirs) {
    // A web process of a stopped window may still be writing as it exits:
    // retried a while, and a home left behind is said, not a failed test.
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch (e) {
      console.warn(`could not remove the test home ${dir} (${e instanceof Error ? e.message : e}); remove it by hand`);
    }
  }
}

/**
 * Launches the app on `home` and records how long it took to show its first
 * screen; the window is stopped after the file's tests.
 * @param {{dir: string, db: string}} home @param {string} label
 */
export async function start(home, label) {
  const app = await launch(home, label);
  started.push(app.stop);
  recordTiming(`${label}: ${app.startMs.toFixed(0)} ms from session request to first screen`);
  return app;
}

/** The passphrase the e2e auditors set on their first start. */
export const AUDITOR_PASSPHRASE = 'e2e-auditor-pass';

/**
 * A first start as the auditor: a new home with the demo, the auditor's role
 * chosen and its passphrase set, as a clerk does it in the window.
 * @param {string} name the home's and the timing's label
 */
export async function startAsAuditor(name) {
  const started = await startNew(name);
  await setUpAsAuditor(started.s);
  return started;
}

/**
 * A first start on a new home with the demo (nothing chosen yet): the home,
 * the running app and its WebDriver session.
 * @param {string} name
 */
export async function startNew(name) {
  const home = tempHome(name);
  const app = await start(home, name);
  return { home, app, s: app.session };
}

/**
 * The first-start (or change-role) screen, answered as a section: this
 * installation becomes the terminal of `code`, and its overview is shown.
 * @param {import('./webdriver.mjs').Session} s @param {string} code
 */
export async function chooseSection(s, code) {
  await (await s.wait('[data-testid=role-section]')).click();
  await (await s.wait(`[data-testid=setup-section] option[value="${code}"]`)).click();
  await (await s.wait('[data-testid=setup-start]')).click();
  await s.wait('[data-testid=section-overview]');
}

/**
 * A first start as the terminal of section `code`: a new home with the demo.
 * @param {string} name the home's and the timing's label @param {string} code
 */
export async function startAsSection(name, code) {
  const home = tempHome(name);
  const app = await start(home, name);
  const s = app.session;
  await chooseSection(s, code);
  return { home, app, s };
}

/**
 * The first-start screen, answered as the auditor: the role, the passphrase
 * twice, start.
 * @param {import('./webdriver.mjs').Session} s
 * @param {string} [passphrase] the auditor's passphrase; a test's own, or the shared one
 */
export async function setUpAsAuditor(s, passphrase = AUDITOR_PASSPHRASE) {
  await (await s.wait('[data-testid=role-auditor]')).click();
  await (await s.wait('[data-testid=setup-passphrase]')).sendKeys(passphrase);
  await (await s.wait('[data-testid=setup-confirmation]')).sendKeys(passphrase);
  await (await s.wait('[data-testid=setup-start]')).click();
}

/**
 * Calls one of the app's commands from the page, as the UI does, and says
 * `{ ok }` (the answer, or true) or `{ err }` (the message).
 * @param {import('./webdriver.mjs').Session} s @param {string} cmd @param {Record<string, unknown>} args
 */
export function invoke(s, cmd, args) {
  return s.execAsync(
    `const done = arguments[arguments.length - 1];
     window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1]).then(
       (ok) => done({ ok: ok ?? true }),
       (e) => done({ err: (e && e.message) || String(e) }));`,
    [cmd, args],
  );
}

const AXE = readFileSync(join(ROOT, 'ui/node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core in the real window (injected through WebDriver; the page's
 * CSP does not apply to it) and fails on any serious or critical violation.
 * @param {import('./webdriver.mjs').Session} s @param {string} screen
 */
export async function axeClean(s, screen) {
  await s.settle();
  const injected = await s.exec(`return typeof window.axe === 'object'`);
  if (!injected) await s.exec(`${AXE}\n;return typeof window.axe;`);
  const found = await s.execAsync(
    `const done = arguments[arguments.length - 1];
     window.axe
       .run(document, { resultTypes: ['violations'] })
       .then((r) => done(r.violations
         .filter((v) => v.impact === 'serious' || v.impact === 'critical')
         .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ')) }))))
       .catch((e) => done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }]));`,
  );
  assert.deepEqual(found, [], `axe on ${screen}: ${JSON.stringify(found, null, 1)}`);
}

/**
 * Answers every unanswered 措置状況 row of the open section as 完了 in the
 * window, as a clerk would (the tab, the radio, the save button).
 * @param {import('./webdriver.mjs').Session} s
 */
export async function answerFollowUpsDone(s) {
  const tab = await s.findAll('[data-testid=nav-follow-ups]');
  if (tab.length === 0) return 0;
  await tab[0].click();
  await s.wait('[data-testid=follow-ups]');
  const open = await s.exec(
    `return [...document.querySelectorAll('[data-testid=follow-up-row]')].filter((r) => !r.querySelector('input:checked')).map((r) => r.dataset.item);`,
  );
  for (const item of open) {
    await (await s.wait(`[data-testid=follow-up-row][data-item="${item}"] [data-testid=follow-up-done]`)).click();
    await (await s.wait(`[data-testid=follow-up-row][data-item="${item}"] [data-testid=follow-up-save]`)).click();
    await s.wait(`[data-testid=follow-up-row][data-item="${item}"] .saved`);
  }
  return open.length;
}

/** Japanese script: kana, CJK ideographs, full-width forms. */
export const CJK = /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff60]/;

/**
 * A script for `session.exec`: the texts on screen, and the labels, titles
 * and placeholders, in Japanese script outside user data and elements marked
 * Japanese — what an English window must not leave behind.
 */
export const JAPANESE_LEFT = `
  const cjk = ${CJK};
  const out = [];
  const skip = (el) => el.closest('[data-user], [lang="ja"], script, style') !== null;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || skip(el) || el.getClientRects().length === 0) continue;
    if (cjk.test(n.textContent)) out.push(n.textContent.trim());
  }
  for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
    if (skip(el)) continue;
    for (const a of ['aria-label', 'title', 'placeholder']) {
      const v = el.getAttribute(a);
      if (v && cjk.test(v)) out.push(a + '=' + v);
    }
  }
  return out;`;
