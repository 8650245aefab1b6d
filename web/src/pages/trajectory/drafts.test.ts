import { describe, expect, it } from 'vitest';
import { DraftStore, sameDraft } from './drafts.ts';
import { isWithinTrajectory, partOfPath, trajectoryPath } from './parts.ts';

describe('drafts of unsaved input', () => {
  it('keeps a draft per trajectory and form, until it is discarded', () => {
    const store = new DraftStore();
    expect(store.hasUnsaved()).toBe(false);
    store.save('t1', '/funding', { amount: '1250', source: 'sector_fund' }, 'funding');
    store.save('t1', '/goals', { title: 'Diploma' }, 'plan');
    store.save('t2', '/funding', { amount: '99' }, 'funding');

    expect(store.get('t1', '/funding')).toEqual({ amount: '1250', source: 'sector_fund' });
    expect(store.get('t2', '/funding')).toEqual({ amount: '99' });
    expect(store.get('t1', '/appointments')).toBeUndefined();
    expect(store.has('t1', '/goals')).toBe(true);

    store.discard('t1', '/goals');
    expect(store.has('t1', '/goals')).toBe(false);
    expect(store.hasUnsaved()).toBe(true);
    store.discardAll();
    expect(store.hasUnsaved()).toBe(false);
    expect(store.get('t1', '/funding')).toBeUndefined();
  });

  it('keeps a copy: later changes to the form’s object do not reach the draft', () => {
    const store = new DraftStore();
    const value = { agreedWith: ['candidate'] };
    store.save('t1', '/goals', value, 'plan');
    value.agreedWith.push('employer');
    const restored = store.get<typeof value>('t1', '/goals');
    expect(restored).toEqual({ agreedWith: ['candidate'] });
    restored?.agreedWith.push('case_manager');
    expect(store.get('t1', '/goals')).toEqual({ agreedWith: ['candidate'] });
  });

  it('says on which tabs input is unsaved, in the order of the tabs', () => {
    const store = new DraftStore();
    store.save('t1', '/funding', { amount: '1' }, 'funding');
    store.save('t1', '/goals', { title: 'a' }, 'plan');
    store.save('t1', '/appointments', { title: 'b' }, 'plan');
    expect(store.unsavedParts()).toEqual(['plan', 'funding']);
  });

  it('compares form data deeply, so typing back what was there leaves nothing unsaved', () => {
    const initial = { title: '', agreedWith: ['candidate', 'case_manager'], done: false };
    expect(sameDraft(initial, { ...initial, agreedWith: ['candidate', 'case_manager'] })).toBe(
      true,
    );
    expect(sameDraft(initial, { ...initial, title: 'x' })).toBe(false);
    expect(sameDraft(initial, { ...initial, agreedWith: ['candidate'] })).toBe(false);
    expect(sameDraft(initial, { ...initial, done: true })).toBe(false);
    expect(sameDraft({ a: '' }, { b: '' })).toBe(false);
    expect(sameDraft({ a: [] }, { a: {} })).toBe(false);
    expect(sameDraft({ a: null }, { a: '' })).toBe(false);
  });
});

describe('the trajectory pages', () => {
  it('knows which tab a path shows', () => {
    expect(partOfPath('/caseload/p1/traject')).toBe('overview');
    expect(partOfPath('/caseload/p1/traject/plan')).toBe('plan');
    expect(partOfPath('/caseload/p1/traject/financiering/')).toBe('funding');
    expect(partOfPath('/caseload/p1/traject/activiteiten')).toBe('activities');
    expect(partOfPath('/caseload/p1/traject/plaatsing')).toBe('placement');
  });

  it('moving between tabs of one trajectory is no leave; elsewhere is', () => {
    expect(trajectoryPath('p1', 'plan')).toBe('/caseload/p1/traject/plan');
    expect(isWithinTrajectory('p1', '/caseload/p1/traject')).toBe(true);
    expect(isWithinTrajectory('p1', '/caseload/p1/traject/financiering')).toBe(true);
    expect(isWithinTrajectory('p1', '/caseload/p1')).toBe(false);
    expect(isWithinTrajectory('p1', '/caseload/p1/trajectory')).toBe(false);
    expect(isWithinTrajectory('p1', '/caseload/p2/traject/plan')).toBe(false);
    expect(isWithinTrajectory('p1', '/werklijst')).toBe(false);
  });
});
