import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { TrajectoryView } from '../../../../src/modules/trajectories/contracts.ts';
import type { FieldErrors } from '../../api/error-messages.ts';
import { useTrajectoryChange, type TrajectoryChange } from '../../api/trajectory-queries.ts';
import { NumberReader } from '../../components/numbers.ts';
import { useFocusFirstInvalid } from '../../components/useFocusFirstInvalid.ts';
import { useSectionStatus } from './TrajectorySection.tsx';
import { fieldKey, trajectoryMessage, trajectoryServerErrors } from './trajectory-messages.ts';

export interface ChangeFormOptions<D, S extends z.ZodType> {
  personId: string;
  trajectoryId: string;
  initial: D;
  schema: S;
  /** The draft as the contract expects it; numbers are read with `numbers` (errors collected). */
  toInput: (draft: D, numbers: NumberReader) => unknown;
  request: (body: z.output<S>) => TrajectoryChange;
  /** Said in the section's live region after saving. */
  savedMessage: string;
  /** Keep what was typed after saving (e.g. an intake that is completed later). */
  keepDraft?: boolean;
  onSaved?: (view: TrajectoryView) => void;
}

/**
 * One small form that changes the trajectory: checked against the shared contract first (all
 * problems at once, focus on the first), then sent; a refusal shows at the field the server
 * names. What was typed is never lost on an error.
 */
export function useChangeForm<D extends object, S extends z.ZodType>(o: ChangeFormOptions<D, S>) {
  const { t } = useTranslation();
  const change = useTrajectoryChange(o.personId, o.trajectoryId);
  const [draft, setDraft] = useState<D>(o.initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const section = useSectionStatus();
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const update = (patch: Partial<D>) => setDraft((d) => ({ ...d, ...patch }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (change.isPending) return;
    setGeneral(null);
    section.clear();
    const numbers = new NumberReader(t('offers.messages.number'));
    const result = o.schema.safeParse(o.toInput(draft, numbers));
    const found: FieldErrors = {};
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = fieldKey(issue.path, Object.keys(o.initial));
        found[field] ??= trajectoryMessage(issue.message, undefined, t);
      }
    }
    Object.assign(found, numbers.errors);
    if (!result.success || Object.keys(found).length > 0) {
      setErrors(found);
      return focusFirstInvalid();
    }
    setErrors({});
    change.mutate(o.request(result.data as z.output<S>), {
      onSuccess: (view) => {
        const form = formRef.current;
        if (!o.keepDraft) setDraft(o.initial);
        section.announce(o.savedMessage);
        o.onSaved?.(view);
        // A form whose work is done disappears (an outcome recorded): keep the user's place.
        setTimeout(() => {
          if (form && !form.isConnected) section.focusHeading();
        }, 0);
      },
      onError: (error) => {
        const refused = trajectoryServerErrors(error, t, Object.keys(o.initial));
        setErrors(refused.fields);
        setGeneral(refused.general);
        focusFirstInvalid();
      },
    });
  };

  return {
    draft,
    update,
    errors,
    general,
    busy: change.isPending,
    formRef,
    onSubmit,
  };
}

/** '' is "not given" for optional texts. */
export const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());
/** '' leaves an optional field out of the request. */
export const orUndefined = (text: string): string | undefined =>
  text.trim() === '' ? undefined : text.trim();
