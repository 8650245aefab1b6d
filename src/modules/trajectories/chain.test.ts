import { describe, expect, it } from 'vitest';
import {
  applyChainAction,
  chainSteps,
  nextSteps,
  type ChainAction,
  type ChainState,
  type Step,
} from './chain.ts';
import { closureReasons } from './vocabularies.ts';

const active = (step: Step): ChainState => ({ status: 'active', step, droppedOutFrom: null });
const registered: ChainState = { status: 'registered', step: null, droppedOutFrom: null };
const intake: ChainState = { status: 'intake', step: null, droppedOutFrom: null };
const closed = (step: Step | null): ChainState => ({
  status: 'closed',
  step,
  droppedOutFrom: null,
});
const droppedFrom = (step: Step): ChainState => ({
  status: 'dropped_out',
  step,
  droppedOutFrom: 'active',
});
const droppedBeforeTriage: ChainState = {
  status: 'dropped_out',
  step: null,
  droppedOutFrom: 'intake',
};

/** Every state the chain can be in. */
const allStates: ChainState[] = [
  registered,
  intake,
  { status: 'dropped_out', step: null, droppedOutFrom: 'registered' },
  droppedBeforeTriage,
  closed(null),
  ...chainSteps.flatMap((s) => [active(s), droppedFrom(s), closed(s)]),
];

/** The legal step moves, written out once more by hand as the specification. */
const legalMoves = new Set([
  '1→2',
  '1→3',
  '1→6',
  '2→3',
  '2→5',
  '2→6',
  '3→2',
  '3→4',
  '3→5',
  '3→6',
  '4→3',
  '4→5',
  '4→6',
  '5→3',
  '5→4',
  '5→6',
  '6→3',
  '6→7',
  '7→3',
]);

describe('the chain state machine', () => {
  it('allows exactly the legal step moves and rejects every other pair of steps', () => {
    for (const from of chainSteps) {
      for (const step of chainSteps) {
        const result = applyChainAction(active(from), { kind: 'enter_step', step });
        expect({ move: `${from}→${step}`, ok: result.ok }).toEqual({
          move: `${from}→${step}`,
          ok: legalMoves.has(`${from}→${step}`),
        });
        if (result.ok) expect(result).toMatchObject({ next: active(step), entered: step });
        else expect(result.message).toContain('step');
      }
      expect(
        nextSteps(active(from))
          .map((s) => `${from}→${s}`)
          .sort(),
      ).toEqual([...legalMoves].filter((m) => m.startsWith(`${from}→`)).sort());
    }
  });

  it('refuses step moves on every state that is not active', () => {
    for (const state of allStates.filter((s) => s.status !== 'active')) {
      for (const step of chainSteps) {
        expect(applyChainAction(state, { kind: 'enter_step', step }).ok).toBe(false);
      }
      expect(nextSteps(state)).toEqual([]);
    }
  });

  it('takes a self-registration through intake and triage into step 1', () => {
    const afterIntake = applyChainAction(registered, { kind: 'record_intake' });
    expect(afterIntake).toMatchObject({ ok: true, next: intake, entered: null });
    expect(applyChainAction(registered, { kind: 'triage' }).ok).toBe(false);
    expect(applyChainAction(intake, { kind: 'triage' })).toEqual({
      ok: true,
      next: active(1),
      entered: 1,
    });
  });

  it('lets a triage be changed later without moving the step, and nowhere else', () => {
    for (const state of allStates) {
      const result = applyChainAction(state, { kind: 'triage' });
      const allowed = state.status === 'intake' || state.status === 'active';
      expect({ state, ok: result.ok }).toEqual({ state, ok: allowed });
      if (result.ok && state.status === 'active') expect(result.next).toEqual(state);
    }
  });

  it('records an intake while registered, in intake or active, never after leaving', () => {
    for (const state of allStates) {
      const ok = ['registered', 'intake', 'active'].includes(state.status);
      expect(applyChainAction(state, { kind: 'record_intake' }).ok).toBe(ok);
    }
  });

  it('lets anyone drop out at any step, keeping the step, but not twice or after closure', () => {
    for (const state of allStates) {
      const result = applyChainAction(state, { kind: 'drop_out' });
      const ok = !['dropped_out', 'closed'].includes(state.status);
      expect(result.ok).toBe(ok);
      if (result.ok) {
        expect(result.next).toEqual({
          status: 'dropped_out',
          step: state.step,
          droppedOutFrom: state.status,
        });
      }
    }
  });

  it('re-enters at the step left or an earlier one, never a later one', () => {
    for (const left of chainSteps) {
      expect(applyChainAction(droppedFrom(left), { kind: 'reenter' })).toEqual({
        ok: true,
        next: active(left),
        entered: left,
      });
      for (const step of chainSteps) {
        const result = applyChainAction(droppedFrom(left), { kind: 'reenter', step });
        expect(result.ok).toBe(step <= left);
      }
    }
    expect(applyChainAction(droppedBeforeTriage, { kind: 'reenter' })).toMatchObject({
      ok: true,
      next: intake,
      entered: null,
    });
    expect(applyChainAction(droppedBeforeTriage, { kind: 'reenter', step: 1 }).ok).toBe(false);
    for (const state of allStates.filter((s) => s.status !== 'dropped_out')) {
      expect(applyChainAction(state, { kind: 'reenter' }).ok).toBe(false);
    }
  });

  it('closes with a reason that fits the state, and a closed trajectory stays closed', () => {
    for (const state of allStates) {
      for (const reason of closureReasons) {
        const result = applyChainAction(state, { kind: 'close', reason });
        let ok = state.status !== 'closed';
        if (reason === 'durable_placement') ok &&= state.status === 'active' && state.step === 7;
        if (reason === 'outcome_reached') ok &&= state.status === 'active';
        if (reason === 'dropped_out') ok &&= state.status === 'dropped_out';
        expect({ state, reason, ok: result.ok }).toEqual({ state, reason, ok });
        if (result.ok) expect(result.next.status).toBe('closed');
      }
    }
    const actions: ChainAction[] = [
      { kind: 'record_intake' },
      { kind: 'triage' },
      { kind: 'drop_out' },
      { kind: 'reenter' },
      ...chainSteps.map((step): ChainAction => ({ kind: 'enter_step', step })),
      ...closureReasons.map((reason): ChainAction => ({ kind: 'close', reason })),
    ];
    for (const action of actions) expect(applyChainAction(closed(7), action).ok).toBe(false);
  });
});
