import type { ClosureReason } from './vocabularies.ts';

/**
 * The chain as a state machine (DESIGN.md "The chain"): intake → triage → the seven steps of the
 * side-entry chain, with dropout and re-entry at any point and closure at the end. Pure: no I/O,
 * so every rule is tested on its own (chain.test.ts) and use cases only ask it.
 *
 * 1 registration & employer guidance · 2 coaching & competences · 3 matching (job shadowing) ·
 * 4 selection (conditional contract) · 5 training · 6 start new job · 7 guidance & aftercare
 */
export const chainSteps = [1, 2, 3, 4, 5, 6, 7] as const;
export type Step = (typeof chainSteps)[number];

export const chainStatuses = ['registered', 'intake', 'active', 'dropped_out', 'closed'] as const;
/**
 * registered: signed up themself, waiting for an intake · intake: intake under way, not triaged ·
 * active: triaged and in one of the seven steps · dropped_out: left, may come back · closed: final
 */
export type ChainStatus = (typeof chainStatuses)[number];

/** Where a dropout left from, so re-entry knows where to return. */
export type DropoutOrigin = 'registered' | 'intake' | 'active';

export interface ChainState {
  status: ChainStatus;
  /** The step while active, and the step someone left at while dropped out or closed. */
  step: Step | null;
  droppedOutFrom: DropoutOrigin | null;
}

export type ChainAction =
  | { kind: 'record_intake' }
  | { kind: 'triage' }
  | { kind: 'enter_step'; step: Step }
  | { kind: 'drop_out' }
  | { kind: 'reenter'; step?: Step | undefined }
  | { kind: 'close'; reason: ClosureReason };

export type ChainResult =
  { ok: true; next: ChainState; entered: Step | null } | { ok: false; message: string };

/**
 * The steps one may go to from each step. Forward skips are the routes the seeds describe
 * (a job through one's own network, training before selection, selection without training);
 * backward edges are the ways back to matching or coaching when a shadowing day, a selection or
 * a placement does not work out. Aftercare (7) only follows a new job (6).
 */
export const stepEdges: Readonly<Record<Step, readonly Step[]>> = {
  1: [2, 3, 6],
  2: [3, 5, 6],
  3: [2, 4, 5, 6],
  4: [3, 5, 6],
  5: [3, 4, 6],
  6: [3, 7],
  7: [3],
};

export const isStep = (n: number): n is Step => (chainSteps as readonly number[]).includes(n);

/** The chain state of a stored trajectory (its status, step and dropout origin columns). */
export const chainStateOf = (row: {
  status: string;
  step: number | null;
  droppedOutFrom: string | null;
}): ChainState => ({
  status: row.status as ChainStatus,
  step: row.step !== null && isStep(row.step) ? row.step : null,
  droppedOutFrom: row.droppedOutFrom as DropoutOrigin | null,
});

const fail = (message: string): ChainResult => ({ ok: false, message });
const to = (next: ChainState, entered: Step | null = null): ChainResult => ({
  ok: true,
  next,
  entered,
});

/** The steps an active trajectory may move to now (empty otherwise). */
export function nextSteps(state: ChainState): readonly Step[] {
  if (state.status !== 'active' || state.step === null) return [];
  return stepEdges[state.step];
}

function closeAction(state: ChainState, reason: ClosureReason): ChainResult {
  if (state.status === 'closed') return fail('the trajectory is closed already');
  if (reason === 'durable_placement' && !(state.status === 'active' && state.step === 7)) {
    return fail('durable_placement closes a trajectory in aftercare (step 7) only');
  }
  if (reason === 'outcome_reached' && state.status !== 'active') {
    return fail('outcome_reached closes an active trajectory only');
  }
  if (reason === 'dropped_out' && state.status !== 'dropped_out') {
    return fail('dropped_out closes a trajectory of someone who dropped out only');
  }
  return to({ ...state, status: 'closed' });
}

function reenterAction(state: ChainState, step: Step | undefined): ChainResult {
  if (state.status !== 'dropped_out' || state.droppedOutFrom === null) {
    return fail('only someone who dropped out can re-enter');
  }
  if (state.droppedOutFrom !== 'active') {
    if (step !== undefined) return fail('step: they left before triage; re-entry returns there');
    return to({ status: state.droppedOutFrom, step: null, droppedOutFrom: null });
  }
  const left = state.step ?? 1;
  const back = step ?? left;
  if (back > left) return fail(`step: re-entry returns to step ${left} or an earlier step`);
  return to({ status: 'active', step: back, droppedOutFrom: null }, back);
}

/** Applies one action to a state: the next state and the step entered, or why it is refused. */
export function applyChainAction(state: ChainState, action: ChainAction): ChainResult {
  switch (action.kind) {
    case 'record_intake':
      if (state.status === 'registered') return to({ ...state, status: 'intake' });
      if (state.status === 'intake' || state.status === 'active') return to(state);
      return fail(`no intake on a trajectory that is ${state.status}`);
    case 'triage':
      if (state.status === 'intake') {
        return to({ status: 'active', step: 1, droppedOutFrom: null }, 1);
      }
      // A later triage changes the group (with history) but not the step.
      if (state.status === 'active') return to(state);
      if (state.status === 'registered') return fail('record the intake before triage');
      return fail(`no triage on a trajectory that is ${state.status}`);
    case 'enter_step': {
      if (state.status !== 'active' || state.step === null) {
        return fail(`steps change on an active trajectory only (it is ${state.status})`);
      }
      if (!stepEdges[state.step].includes(action.step)) {
        const allowed = stepEdges[state.step].join(', ');
        return fail(
          `step: from step ${state.step} the chain goes to step ${allowed}, not ${action.step}`,
        );
      }
      return to({ ...state, step: action.step }, action.step);
    }
    case 'drop_out':
      if (state.status === 'dropped_out' || state.status === 'closed') {
        return fail(`a trajectory that is ${state.status} cannot drop out`);
      }
      return to({ status: 'dropped_out', step: state.step, droppedOutFrom: state.status });
    case 'reenter':
      return reenterAction(state, action.step);
    case 'close':
      return closeAction(state, action.reason);
  }
}
