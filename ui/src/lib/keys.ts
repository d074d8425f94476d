// Keyboard of the answering screen, as pure functions so it can be tested
// without a window. 1–4 pick the answer (in the order of the scale),
// ↑/↓ move between items, Enter goes on to the next item, Escape leaves a
// text field for its item.

import type { AnswerValue } from '../bindings/AnswerValue';

/**
 * The scale in the order the form lists it and keys 1–4 choose it: the
 * core's `AnswerValue::ALL`, received through Boot (set by `setScale`), so
 * the window never holds a copy of it. Empty until the window has booted.
 */
let scale: readonly AnswerValue[] = [];

/** Takes the scale the window received at boot. */
export function setScale(values: readonly AnswerValue[]): void {
  scale = values;
}

/** The answer scale, in order. */
export function answerScale(): readonly AnswerValue[] {
  return scale;
}

/** What a key press means on the answering screen. */
export type KeyAction =
  | { kind: 'pick'; value: AnswerValue }
  | { kind: 'move'; step: 1 | -1 }
  | { kind: 'go-on' }
  | { kind: 'leave-field' }
  | { kind: 'none' };

/** Where the key was pressed, as far as the shortcuts care. */
export type KeyTarget = 'text' | 'choice' | 'control' | 'item';

/** Classifies the focused element. */
export function targetKind(el: Element | null): KeyTarget {
  if (!el) return 'item';
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return 'text';
  if (tag === 'input') {
    const type = (el as HTMLInputElement).type;
    if (type === 'radio') return 'choice';
    if (type === 'checkbox' || type === 'button' || type === 'submit') return 'control';
    return 'text';
  }
  if (tag === 'button' || tag === 'a' || tag === 'summary') return 'control';
  return 'item';
}

/**
 * The action of a key. Typing in a text field is never taken over (only
 * Escape, to get back to the item); buttons keep their own Enter. Modified
 * keys (Ctrl, Alt, Meta) are left to the system.
 */
export function keyAction(
  key: string,
  target: KeyTarget,
  mods: { ctrl?: boolean; alt?: boolean; meta?: boolean } = {},
): KeyAction {
  if (mods.ctrl || mods.alt || mods.meta) return { kind: 'none' };
  if (target === 'text') return key === 'Escape' ? { kind: 'leave-field' } : { kind: 'none' };
  const digit = /^[1-9]$/.test(key) ? Number(key) - 1 : -1;
  if (digit >= 0 && digit < scale.length) return { kind: 'pick', value: scale[digit] };
  if (key === 'ArrowDown') return { kind: 'move', step: 1 };
  if (key === 'ArrowUp') return { kind: 'move', step: -1 };
  if (key === 'Enter' && target !== 'control') return { kind: 'go-on' };
  return { kind: 'none' };
}
