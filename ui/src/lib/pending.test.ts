import { describe, expect, it } from 'vitest';
import { Pending } from './pending.svelte';

describe('Pending', () => {
  it('is busy while the work runs and free after it', async () => {
    const p = new Pending();
    let seen = false;
    const ok = await p.run(async () => {
      seen = p.busy;
    });
    expect(seen).toBe(true);
    expect(ok).toBe(true);
    expect(p.done).toBe(true);
    expect(p.busy).toBe(false);
    expect(p.error).toBeNull();
  });

  it('keeps the refusal in the words the app sent and frees the button', async () => {
    const p = new Pending();
    const ok = await p.run(async () => {
      throw { message: '年度「1999」は扱えません' };
    });
    expect(ok).toBe(false);
    expect(p.done).toBe(false);
    expect(p.busy).toBe(false);
    expect(p.error).toBe('年度「1999」は扱えません');
  });

  it('clears the last refusal when the person tries again', async () => {
    const p = new Pending();
    await p.run(async () => {
      throw new Error('first');
    });
    let during: string | null = 'unset';
    await p.run(async () => {
      during = p.error;
    });
    expect(during).toBeNull();
    expect(p.error).toBeNull();
  });

  it('takes back "saved" while the next run is under way and after it fails', async () => {
    const p = new Pending();
    await p.run(async () => {});
    let during = true;
    await p.run(async () => {
      during = p.done;
      throw new Error('refused');
    });
    expect(during).toBe(false);
    expect(p.done).toBe(false);
  });
});
