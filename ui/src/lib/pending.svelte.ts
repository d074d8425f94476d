// One action a screen runs at a time (export, submit, change the passphrase,
// attach a file…): whether it is running, so its button can wait, and the
// refusal it last got, in the user's words. Every screen keeps these two the
// same way, so a refusal never leaves a button disabled.

import { messageOf } from './api';

/** An action's `busy` and `error`, kept by [`Pending.run`]. */
export class Pending {
  busy = $state(false);
  error = $state<string | null>(null);

  /**
   * Runs `work` with `busy` set and the last refusal cleared. A refusal is
   * kept in `error` (as the app worded it) and `false` is returned, so the
   * caller can put the focus where the person must act.
   */
  async run(work: () => Promise<unknown>): Promise<boolean> {
    this.busy = true;
    this.error = null;
    try {
      await work();
      return true;
    } catch (e) {
      this.error = messageOf(e);
      return false;
    } finally {
      this.busy = false;
    }
  }
}
