import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { z } from 'zod';
import type { TrajectoryView } from '../../../../src/modules/trajectories/contracts.ts';
import type { FieldErrors } from '../../api/error-messages.ts';
import { useTrajectoryChange, type TrajectoryChange } from '../../api/trajectory-queries.ts';
import { NumberReader } from '../../components/numbers.ts';
import { useFocusFirstInvalid } from '../../components/useFocusFirstInvalid.ts';
import { sameDraft } from './drafts.ts';
import { partOfPath } from './parts.ts';
import { useDraftStore } from './TrajectoryDrafts.tsx';
import { useSectionStatus } from './TrajectorySection.tsx';
import { fieldKey, trajectoryMessage, trajectoryServerErrors } from './trajectory-messages.ts';

export interface ChangeFormOptions<D, S extends z.ZodType> {
  personId: string;
  trajectoryId: string;
  initial: D;
  schema: S;
  /** The draft as the contract expects it; numbers are read with `numbers` (errors collected). */
  toInput: (draft: D, numbers: NumberReader) => unknown;
  /** The change to send. Its path (not depending on the body) also names the form's draft. */
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
 * names. What was typed is never lost on an error, nor when the user goes to another tab of the
 * trajectory and back: unsaved input is kept as a draft (see drafts.ts) and restored, with a note
 * and a way to discard it, until it is saved.
 */
export function useChangeForm<D extends object, S extends z.ZodType>(o: ChangeFormOptions<D, S>) {
  const { t } = useTranslation();
  const change = useTrajectoryChange(o.personId, o.trajectoryId);
  const drafts = useDraftStore();
  const part = partOfPath(useLocation().pathname);
  const formName = o.request(undefined as never).path;
  const [draft, setDraft] = useState<D>(
    () => drafts?.get<D>(o.trajectoryId, formName) ?? o.initial,
  );
  const [restored, setRestored] = useState(() => drafts?.has(o.trajectoryId, formName) ?? false);
  // The draft as of the last change, so that several updates in one event build on each other.
  const current = useRef(draft);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const section = useSectionStatus();
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();

  const replace = (next: D) => {
    current.current = next;
    setDraft(next);
  };
  const forgetDraft = () => {
    drafts?.discard(o.trajectoryId, formName);
    setRestored(false);
  };
  const update = (patch: Partial<D>) => {
    const next = { ...current.current, ...patch };
    replace(next);
    // Typed back to what was there: nothing unsaved any more.
    if (sameDraft(next, o.initial)) forgetDraft();
    else drafts?.save(o.trajectoryId, formName, next, part);
  };

  /** Back to the empty (or saved) form, said in the section's live region. */
  const discardDraft = () => {
    replace(o.initial);
    forgetDraft();
    setErrors({});
    setGeneral(null);
    section.announce(t('trajectory.drafts.discarded'));
    formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  };

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
    const saving = change.mutateAsync(o.request(result.data as z.output<S>), {
      onSuccess: (view) => {
        const form = formRef.current;
        if (!o.keepDraft) replace(o.initial);
        setRestored(false);
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
    // Saved: the draft goes, also when the form has gone (its callbacks above then do not run).
    void saving.then(
      () => drafts?.discard(o.trajectoryId, formName),
      () => undefined, // shown at the fields by onError; the draft stays
    );
  };

  /** The props that bind one field of the draft to an input: its value, changes and error. */
  const field = <K extends keyof D & string>(key: K) => ({
    value: draft[key],
    onChange: (value: D[K]) => update({ [key]: value } as unknown as Partial<D>),
    error: errors[key],
  });

  return {
    draft,
    update,
    field,
    errors,
    general,
    busy: change.isPending,
    formRef,
    onSubmit,
    /** Unsaved input from an earlier visit to this tab was put back. */
    restored,
    discardDraft,
  };
}

/** '' is "not given" for optional texts. */
export const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());
/** '' leaves an optional field out of the request. */
export const orUndefined = (text: string): string | undefined =>
  text.trim() === '' ? undefined : text.trim();
