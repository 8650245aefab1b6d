import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchSuggestedRequirements } from '../../api/vacancy-queries.ts';
import type { ChosenConcept } from '../../components/JobTitleField.tsx';
import { currentLocale } from '../../i18n/index.ts';
import { requirementDraft, type RequirementDraft } from './vacancy-draft.ts';

/**
 * The occupation's skills as proposed requirements. `merge` adds the ones not listed yet and
 * says how many it added (the employer then edits them); `note` is that message.
 */
export function useOccupationSkills() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);

  const merge = async (
    occupation: ChosenConcept,
    current: readonly RequirementDraft[],
  ): Promise<RequirementDraft[]> => {
    setBusy(true);
    setNote(t('offers.vacancies.form.loadingSkills'));
    try {
      const suggested = await fetchSuggestedRequirements(queryClient, occupation.id);
      const known = new Set(current.map((r) => r.skill.id));
      const added = suggested
        .filter((r) => !known.has(r.skill.id))
        .map((r) => requirementDraft(r, currentLocale()));
      setNote(
        t('offers.vacancies.form.skillsAdded', {
          count: added.length,
          occupation: occupation.label,
        }),
      );
      return [...current, ...added];
    } catch {
      setNote(t('offers.vacancies.form.skillsFailed'));
      return [...current];
    } finally {
      setBusy(false);
    }
  };
  return { note, setNote, busy, merge };
}
