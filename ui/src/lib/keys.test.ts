import { describe, expect, it } from 'vitest';
import { keyAction, SCALE } from './keys';

describe('keys of the answering screen', () => {
  it('1-4 pick the answers in the order of the scale', () => {
    expect(['1', '2', '3', '4'].map((k) => keyAction(k, 'item'))).toEqual(
      SCALE.map((value) => ({ kind: 'pick', value })),
    );
    expect(keyAction('3', 'choice')).toEqual({ kind: 'pick', value: 'no' });
    expect(keyAction('5', 'item')).toEqual({ kind: 'none' });
  });

  it('arrows move between items and Enter goes on, except on buttons', () => {
    expect(keyAction('ArrowDown', 'choice')).toEqual({ kind: 'move', step: 1 });
    expect(keyAction('ArrowUp', 'item')).toEqual({ kind: 'move', step: -1 });
    expect(keyAction('Enter', 'choice')).toEqual({ kind: 'go-on' });
    expect(keyAction('Enter', 'control')).toEqual({ kind: 'none' });
    // Left and right stay with the radio group (the browser moves the choice).
    expect(keyAction('ArrowLeft', 'choice')).toEqual({ kind: 'none' });
  });

  it('typing in a text field is never taken over', () => {
    for (const key of ['1', '4', 'ArrowDown', 'Enter', 'a']) {
      expect(keyAction(key, 'text')).toEqual({ kind: 'none' });
    }
    expect(keyAction('Escape', 'text')).toEqual({ kind: 'leave-field' });
  });

  it('modified keys are left to the system', () => {
    expect(keyAction('1', 'item', { ctrl: true })).toEqual({ kind: 'none' });
    expect(keyAction('ArrowDown', 'item', { alt: true })).toEqual({ kind: 'none' });
  });
});
