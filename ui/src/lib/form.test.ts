import { describe, expect, it } from 'vitest';
import { formFromAnswer, inputFromForm, sameForm } from './form';

describe('answer form', () => {
  it('starts empty without an answer and leaves empty fields out of the input', () => {
    const f = formFromAnswer(null);
    expect(f.value).toBeNull();
    expect(inputFromForm(f)).toEqual({
      value: null,
      comment: null,
      na_reason: null,
      plan_action: null,
      plan_owner: null,
      plan_due: null,
      evidence: null,
    });
  });

  it('round-trips a stored answer with a plan', () => {
    const f = formFromAnswer({
      item_id: 'x',
      value: 'partial',
      comment: '一部の端末',
      na_reason: '',
      plan: { action: '設定する', owner: null, due: '2027-03-31' },
      unconfirmed: false,
      evidence: '外部記録媒体管理台帳（庶務係）',
    });
    expect(f.planDue).toBe('2027-03-31');
    expect(inputFromForm(f).evidence).toBe('外部記録媒体管理台帳（庶務係）');
    expect(sameForm(f, { ...f, evidence: '' })).toBe(false);
    expect(inputFromForm(f)).toMatchObject({ value: 'partial', plan_action: '設定する', plan_due: '2027-03-31', plan_owner: null });
    expect(sameForm(f, { ...f })).toBe(true);
    expect(sameForm(f, { ...f, comment: 'x' })).toBe(false);
  });

  it('keeps markup typed by a user as plain text', () => {
    const f = { ...formFromAnswer(null), comment: '<img src=x onerror=alert(1)>' };
    expect(inputFromForm(f).comment).toBe('<img src=x onerror=alert(1)>');
  });
});
