import { describe, expect, it } from 'vitest';
import { buildTree, flatten } from './tree';
import type { Department } from '../bindings/Department';

const d = (code: string, parent: string | null): Department => ({ code, name: code, parent, tiers: [] });

describe('org tree', () => {
  it('nests sections under their divisions in stored order', () => {
    const tree = buildTree([d('10', null), d('1010', '10'), d('20', null), d('1020', '10'), d('2010', '20')]);
    expect(flatten(tree).map((n) => `${'-'.repeat(n.depth)}${n.dept.code}`)).toEqual([
      '10',
      '-1010',
      '-1020',
      '20',
      '-2010',
    ]);
  });

  it('shows an orphan at the top rather than losing it', () => {
    expect(flatten(buildTree([d('X', 'missing')])).map((n) => n.depth)).toEqual([0]);
  });
});
