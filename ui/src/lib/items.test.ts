import { describe, expect, it } from 'vitest';
import { autoNaExplain, autoNaText, byClause, filterItems, neighbour, nextMissing } from './items';
import type { ItemAnswer } from '../bindings/ItemAnswer';
import type { Missing } from '../bindings/Missing';

function item(id: string, clause: string): ItemAnswer {
  return {
    clause,
    item_id: id,
    text: id,
    text_en: null,
    priority: false,
    applies: true,
    auto_na: null,
    answer: null,
    revision: 0,
    saved_at: null,
  };
}

const items = [item('a', '5'), item('b', '5'), item('c', '6.(1)'), item('d', '6.(1)'), item('e', '7')];
const missing: Missing[] = [
  { item_id: 'b', clause: '5', reason: 'unanswered' },
  { item_id: 'd', clause: '6.(1)', reason: 'unconfirmed' },
];

describe('item list of the answering screen', () => {
  it('filters by what the store says is missing', () => {
    expect(filterItems(items, missing, 'all').map((i) => i.item_id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(filterItems(items, missing, 'unanswered').map((i) => i.item_id)).toEqual(['b']);
    expect(filterItems(items, missing, 'unconfirmed').map((i) => i.item_id)).toEqual(['d']);
  });

  it('moves to neighbours and stays at the ends', () => {
    expect(neighbour(items, items, 'a', 1)?.item_id).toBe('b');
    expect(neighbour(items, items, 'a', -1)?.item_id).toBe('a');
    expect(neighbour(items, items, 'e', 1)?.item_id).toBe('e');
    expect(neighbour(items, items, null, 1)?.item_id).toBe('a');
    expect(neighbour([], items, 'a', 1)).toBeNull();
  });

  it('moves on from an item that just left the filter', () => {
    const shown = [items[1], items[3]];
    expect(neighbour(shown, items, 'c', 1)?.item_id).toBe('d');
    expect(neighbour(shown, items, 'c', -1)?.item_id).toBe('b');
    expect(neighbour(shown, items, 'e', 1)?.item_id).toBe('d');
  });

  it('passes over items that need no answer when asked', () => {
    const auto = { ...items[1], applies: false };
    const list = [items[0], auto, items[2]];
    expect(neighbour(list, list, 'a', 1)?.item_id).toBe('b');
    expect(neighbour(list, list, 'a', 1, true)?.item_id).toBe('c');
  });

  it('jumps to the next missing item, wrapping around', () => {
    expect(nextMissing(items, missing, null)).toBe('b');
    expect(nextMissing(items, missing, 'b')).toBe('d');
    expect(nextMissing(items, missing, 'd')).toBe('b');
    expect(nextMissing(items, [], 'a')).toBeNull();
  });

  it('groups by clause in checklist order', () => {
    expect(byClause(items).map((g) => [g.clause, g.items.length])).toEqual([
      ['5', 2],
      ['6.(1)', 2],
      ['7', 1],
    ]);
  });
});

describe('autoNaText', () => {
  const t = (id: string, args?: Record<string, string>) => (args ? `${id}(${Object.values(args).join(',')})` : id);
  it('says the tiers when the system leaves the item out', () => {
    expect(autoNaText({ kind: 'tiers', tiers: ['mynumber'] }, t)).toBe('value-auto-na');
    expect(autoNaText(null, t)).toBe('value-auto-na');
  });
  it('names the attribute the section lacks', () => {
    expect(autoNaText({ kind: 'attribute', attribute: 'outsourcing' }, t)).toBe('value-auto-na-attribute(attribute-outsourcing)');
    expect(autoNaExplain({ kind: 'attribute', attribute: 'counter' }, t)).toBe('app-auto-na-attribute-explain(attribute-counter)');
  });
});
