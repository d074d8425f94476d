// One action a screen runs at a time (export, submit, change the passphrase,
// attach a file…): whether it is running, so its button can wait, whether
// its last run went through (for a "saved" notice), and the refusal it last
// got, in the user's words. Every screen keeps these two the
// same way, so a refusal never leaves a button disabled.

import { messageOf } from './api';

/** An action's `busy`, `done` and `error`, kept by [`Pending.run`]. */
export class Pending {
  busy = $state(false);
  done = $state(false);
  error = $state<string | null>(null);

  /**
   * Runs `work` with `busy` set and the last outcome cleared; `done` once
   * it went through. A refusal is
   * kept in `error` (as the app worded it) and `false` is returned, so the
   * caller can put the focus where the person must act.
   */
  async run(work: () => Promise<unknown>): Promise<boolean> {
    this.busy = true;
    this.done = false;
    this.error = null;
    try {
      await work();
      this.done = true;
      return true;
    } catch (e) {
      this.error = messageOf(e);
      return false;
    } finally {
      this.busy = false;
    }
  }
}
