// @ts-check
// How long the window takes to show its first screen, measured as the e2e
// tests measure it (from the WebDriver session request, which starts the app,
// to the first screen's element being present), several times on copies of
// one database. A measurement, not a test: nothing here passes or fails.
//
//   node tests/e2e/start-time.mjs DB [RUNS]
//
// DB is copied into a fresh home for each run (a ward-scale one comes from
// `tenken demo --scale ward --db ward.db`). TENKEN_APP names the binary to
// start (the release build: target/release/tenken-app); DISPLAY must be set
// (tests/e2e/setup.sh's tenken_display starts Xvfb).

import { copyFileSync } from 'node:fs';
import { launch, removeHomes, tempHome } from './app.mjs';

const [db, runs = '9'] = process.argv.slice(2);
if (!db) {
  console.error('usage: node tests/e2e/start-time.mjs DB [RUNS]');
  process.exit(2);
}
/** @type {number[]} */
const times = [];
for (let i = 0; i < Number(runs); i++) {
  const home = tempHome('start-time');
  copyFileSync(db, home.db);
  const app = await launch(home, `start-time-${i}`);
  times.push(app.startMs);
  await app.stop();
  removeHomes();
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`runs (ms): ${times.map((t) => t.toFixed(0)).join(' ')}`);
console.log(`median: ${median.toFixed(0)} ms, min ${times[0].toFixed(0)} ms, max ${times[times.length - 1].toFixed(0)} ms`);
process.exit(0);
