import { describe, expect, it } from 'vitest';
import { actionText, valueParts, whoText } from './history';
import type { ItemChange } from '../bindings/ItemChange';

// A stand-in for the catalogue: the id with its arguments, so the test sees which words were asked for.
const t = (id: string, args?: Record<string, unknown>) => (args ? `${id}${JSON.stringify(args)}` : id);

const change: ItemChange = {
  seq: 7,
  at: '2026-11-23T10:00:00+09:00',
  role: 'section',
  key: '3F2A-91C0',
  action: 'answer.save',
  before: null,
  after: {
    kind: 'answer',
    value: {
      item_id: 'x',
      value: 'partial',
      comment: '<b>一部</b>',
      na_reason: '',
      plan: { action: '設定する', owner: null, due: '2027-03-31' },
      unconfirmed: false,
    },
  },
};

describe('an item history as the window shows it', () => {
  it('writes an answer in words, with comment and plan as user text', () => {
    expect(valueParts(change.after, t)).toEqual([
      { label: 'value-partial', text: null },
      { label: 'app-history-comment', text: '<b>一部</b>' },
      { label: 'app-history-plan', text: '設定する' },
      { label: 'app-history-due', text: '2027-03-31' },
    ]);
    expect(valueParts(null, t)).toEqual([{ label: 'app-history-none', text: null }]);
  });

  it('writes a review mark and its comment', () => {
    expect(valueParts({ kind: 'review', value: { mark: 'finding', comment: '証跡なし' } }, t)).toEqual([
      { label: 'app-review-finding', text: null },
      { label: 'app-history-comment', text: '証跡なし' },
    ]);
  });

  it('names who and what through the catalogue', () => {
    expect(whoText(change, t)).toBe('app-history-who{"role":"section"} app-history-key{"key":"3F2A-91C0"}');
    expect(whoText({ ...change, key: null, role: 'local' }, t)).toBe('app-history-who{"role":"local"}');
    expect(actionText(change, t)).toBe('app-history-action{"action":"answer-save"}');
  });
});
