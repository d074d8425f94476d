import { describe, expect, it } from 'vitest';
import { actionText, keyText, valueParts, whoText } from './history';
import type { ChangeValue } from '../bindings/ChangeValue';
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

  it('reads a confirmation as 実施している（未確認）→ 実施している（確認済み）', () => {
    const draft: ChangeValue = { kind: 'answer', value: { item_id: 'x', value: 'yes', comment: '', na_reason: '', plan: null, unconfirmed: true } };
    const confirmed: ChangeValue = { kind: 'answer', value: { ...draft.value, unconfirmed: false } };
    expect(valueParts(draft, t, null)[0].label).toBe('app-history-value-state{"value":"value-yes","state":"unconfirmed"}');
    expect(valueParts(confirmed, t, draft)[0].label).toBe('app-history-value-state{"value":"value-yes","state":"confirmed"}');
    // An ordinary change says nothing about confirmation.
    expect(valueParts(confirmed, t, confirmed)[0].label).toBe('value-yes');
  });

  it('writes the due date as the screens do', () => {
    const parts = valueParts(change.after, t, null, (iso) => `date(${iso})`);
    expect(parts.at(-1)).toEqual({ label: 'app-history-due', text: 'date(2027-03-31)' });
  });

  it('names people, not keys: 監査担当 or the section\'s terminal', () => {
    expect(whoText(change, t, '7030')).toBe('app-history-who-section{"dept":"7030"}');
    expect(whoText({ ...change, role: 'auditor' }, t, '7030')).toBe('app-history-who{"role":"auditor"}');
    expect(whoText({ ...change, key: null, role: 'local' }, t)).toBe('app-history-who{"role":"local"}');
    expect(keyText(change, t)).toBe('app-history-key{"key":"3F2A-91C0"}');
    expect(actionText(change, t)).toBe('app-history-action{"action":"answer-save"}');
  });
});
