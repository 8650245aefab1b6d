import type { TFunction } from 'i18next';
import type { TrajectoryView } from '../../../../src/modules/trajectories/contracts.ts';

/** Options of a closed list, labelled from trajectory.<group>.<code>. */
export function choices(
  t: TFunction,
  group: string,
  values: readonly (string | number)[],
  placeholder = true,
): { value: string; label: string }[] {
  const list = values.map((v) => ({ value: String(v), label: t(`trajectory.${group}.${v}`) }));
  return placeholder ? [{ value: '', label: t('trajectory.choose') }, ...list] : list;
}

/** The label of a code, or the code itself when the list has none (an older value). */
export const label = (t: TFunction, group: string, code: string | number | null): string =>
  code === null || code === ''
    ? '–'
    : t(`trajectory.${group}.${code}`, { defaultValue: String(code) });

export const stepLabel = (t: TFunction, step: number | null): string =>
  step === null ? '–' : t('trajectory.stepWithNumber', { n: step, name: label(t, 'steps', step) });

export const personName = (p: TrajectoryView['person']): string =>
  [p.givenName, p.familyName].filter(Boolean).join(' ') || p.pseudonym;

/** Whether the case team may change it (a partner with case consent only reads). */
export const isManaged = (v: TrajectoryView): boolean => v.access === 'case_team';

/** Changes to activities are refused once a trajectory is closed or someone dropped out. */
export const isOpen = (v: TrajectoryView): boolean =>
  isManaged(v) && v.status !== 'closed' && v.status !== 'dropped_out';

export const yesNoUnknown = (t: TFunction, value: boolean | null): string =>
  value === null ? t('trajectory.unknown') : value ? t('forms.yes') : t('forms.no');
