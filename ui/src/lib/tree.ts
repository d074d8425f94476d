// The org tree (部 → 課) for display, built from the flat list the store keeps.

import type { Department } from '../bindings/Department';

/** A department with its children, for the tree view. */
export interface TreeNode {
  dept: Department;
  children: TreeNode[];
  depth: number;
}

/** Nests departments under their parents, keeping the stored order. */
export function buildTree(all: readonly Department[]): TreeNode[] {
  const byParent = new Map<string | null, Department[]>();
  const codes = new Set(all.map((d) => d.code));
  for (const d of all) {
    const parent = d.parent !== null && codes.has(d.parent) ? d.parent : null;
    const list = byParent.get(parent) ?? [];
    list.push(d);
    byParent.set(parent, list);
  }
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number): TreeNode[] =>
    (byParent.get(parent) ?? [])
      .filter((d) => !seen.has(d.code) && seen.add(d.code))
      .map((dept) => ({ dept, depth, children: walk(dept.code, depth + 1) }));
  return walk(null, 0);
}

/** The tree in display order, flattened (for keyboard order and tests). */
export function flatten(nodes: readonly TreeNode[]): TreeNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}
