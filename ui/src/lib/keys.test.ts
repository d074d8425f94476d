import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerValue } from '../bindings/AnswerValue';
import { answerScale, keyAction, setScale } from './keys';

describe('keys before the window has booted', () => {
  it('no digit picks anything: the scale comes from Boot', () => {
    expect(answerScale()).toEqual([]);
    expect(keyAction('1', 'item')).toEqual({ kind: 'none' });
  });
});

describe('keys of the answering screen', () => {
  beforeAll(() => {
    // What Boot carries: the core's AnswerValue::ALL.
    const fromBoot: AnswerValue[] = ['yes', 'partial', 'no', 'na'];
    setScale(fromBoot);
  });

  it('1-4 pick the answers in the order of the scale', () => {
    expect(['1', '2', '3', '4'].map((k) => keyAction(k, 'item'))).toEqual(
      answerScale().map((value) => ({ kind: 'pick', value })),
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
