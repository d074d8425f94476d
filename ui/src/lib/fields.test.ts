import { describe, expect, it } from 'vitest';
import { answerFieldOf, answeredNow, departmentFieldOf, themeFieldOf } from './fields';

describe('a refusal goes under the field it concerns', () => {
  it('places answer refusals', () => {
    expect(answerFieldOf('answer-na-needs-reason', null)).toBe('naReason');
    expect(answerFieldOf('answer-needs-plan', null)).toBe('planAction');
    expect(answerFieldOf('answer-due-out-of-range', null)).toBe('planDue');
    expect(answerFieldOf('answer-too-long', 'owner')).toBe('planOwner');
    expect(answerFieldOf('answer-control-char', 'comment')).toBe('comment');
    expect(answerFieldOf('state-locked', null)).toBe('value');
    expect(answerFieldOf(null, null)).toBe('value');
  });

  it('clears a "missing entry" refusal as soon as something is typed, not a wrong one', () => {
    expect(answeredNow('answer-na-needs-reason', 'no such work')).toBe(true);
    expect(answeredNow('answer-na-needs-reason', '  ')).toBe(false);
    expect(answeredNow('answer-due-out-of-range', '2099-01-01')).toBe(false);
  });

  it('places department refusals', () => {
    expect(departmentFieldOf('dept-edit-duplicate', null)).toBe('code');
    expect(departmentFieldOf('dept-edit-empty-name', null)).toBe('name');
    expect(departmentFieldOf('dept-edit-cycle', null)).toBe('parent');
    expect(departmentFieldOf('dept-edit-too-long', 'code')).toBe('code');
    expect(departmentFieldOf('store-sqlite', null)).toBe('form');
  });
});

describe('themeFieldOf', () => {
  it('puts a title refusal under the title and the rest under the clauses', () => {
    expect(themeFieldOf('theme-title-required')).toBe('title');
    expect(themeFieldOf('theme-title-too-long')).toBe('title');
    expect(themeFieldOf('theme-unknown-clause')).toBe('clauses');
    expect(themeFieldOf(null)).toBe('clauses');
  });
});
