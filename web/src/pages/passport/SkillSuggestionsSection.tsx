import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Passport, SkillSuggestion } from '../../../../src/modules/people/contracts.ts';
import {
  useDismissSuggestion,
  useSaveSkill,
  useSkillSuggestions,
} from '../../api/passport-queries.ts';
import { conceptLabel } from '../../components/conceptLabel.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { QueryResult } from '../../components/QueryResult.tsx';
import { SuccessAlert } from '../../components/SuccessAlert.tsx';
import { VisuallyHidden } from '../../components/VisuallyHidden.tsx';
import { currentLocale } from '../../i18n/index.ts';
import { levelName } from './labels.ts';
import { LevelSelect } from './LevelSelect.tsx';
import { focusSection, PassportSection } from './PassportSection.tsx';

const DEFAULT_LEVEL = 2;

/**
 * The essential skills of the occupations in the work history that are not in the passport yet:
 * the person takes each over at a level (evidence: work history), or says it does not fit.
 */
export function SkillSuggestionsSection({ passport }: { passport: Passport }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const suggestions = useSkillSuggestions(passport.id, passport.permissions.edit);
  const save = useSaveSkill(passport.id);
  const dismiss = useDismissSuggestion(passport.id);
  const [levels, setLevels] = useState<Record<number, number>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [addingAll, setAddingAll] = useState(false);
  const busy = save.isPending || dismiss.isPending || addingAll;
  const levelOf = (s: SkillSuggestion) => levels[s.id] ?? DEFAULT_LEVEL;
  const label = (s: SkillSuggestion) => conceptLabel(s, locale);

  const accept = (s: SkillSuggestion) =>
    save.mutateAsync({
      skillId: s.id,
      body: { level: levelOf(s), evidence: 'work_history', source: 'work_history' },
    });

  const addAll = async (list: SkillSuggestion[]) => {
    setAddingAll(true);
    setMessage(null);
    try {
      // One by one: each answer is the whole passport, and a failure stops the rest.
      for (const s of list) await accept(s);
      setMessage(t('passport.suggestions.allAdded', { count: list.length }));
      focusSection('suggestions');
    } catch {
      // The mutation's error is shown below.
    } finally {
      setAddingAll(false);
    }
  };

  if (!passport.permissions.edit) return null;
  return (
    <PassportSection
      id="suggestions"
      title={t('passport.suggestions.title')}
      intro={<Paragraph>{t('passport.suggestions.intro')}</Paragraph>}
    >
      {message && <SuccessAlert message={message} />}
      {(save.isError || dismiss.isError) && <ErrorAlert error={save.error ?? dismiss.error} />}
      <QueryResult query={suggestions}>
        {(list) => (
          <>
            <DataTable
              caption={t('passport.suggestions.caption', { count: list.length })}
              rows={list}
              rowKey={(s) => String(s.id)}
              empty={
                passport.workHistory.some((w) => w.occupation)
                  ? t('passport.suggestions.none')
                  : t('passport.suggestions.noJobs')
              }
              columns={[
                { header: t('passport.skills.skill'), cell: label, rowHeader: true },
                {
                  header: t('passport.suggestions.from'),
                  cell: (s) =>
                    s.fromJobs
                      .map((j) => `${j.jobTitle} (${conceptLabel(j.occupation, locale)})`)
                      .join(', '),
                },
                {
                  header: t('passport.skills.level'),
                  cell: (s) => (
                    <LevelSelect
                      id={`suggestion-level-${s.id}`}
                      label={t('passport.skills.levelOf', { skill: label(s) })}
                      hideLabel
                      value={levelOf(s)}
                      disabled={busy}
                      onChange={(level) => setLevels((l) => ({ ...l, [s.id]: level }))}
                    />
                  ),
                },
                {
                  header: t('passport.actions'),
                  cell: (s) => (
                    <div className="ov-row-actions">
                      <Button
                        appearance="primary-action-button"
                        disabled={busy}
                        onClick={() => {
                          setMessage(null);
                          accept(s)
                            .then(() => {
                              setMessage(
                                t('passport.suggestions.added', {
                                  skill: label(s),
                                  level: levelName(levelOf(s), t),
                                }),
                              );
                              // The row is gone; the user goes on from the section's top.
                              focusSection('suggestions');
                            })
                            .catch(() => undefined);
                        }}
                      >
                        {t('passport.suggestions.add')}
                        <VisuallyHidden> {label(s)}</VisuallyHidden>
                      </Button>
                      <Button
                        appearance="subtle-button"
                        disabled={busy}
                        onClick={() => {
                          setMessage(null);
                          dismiss.mutate(s.id, {
                            onSuccess: () => {
                              setMessage(t('passport.suggestions.dismissed', { skill: label(s) }));
                              focusSection('suggestions');
                            },
                          });
                        }}
                      >
                        {t('passport.suggestions.dismiss')}
                        <VisuallyHidden> {label(s)}</VisuallyHidden>
                      </Button>
                    </div>
                  ),
                },
              ]}
            />
            {list.length > 1 && (
              <Button
                appearance="secondary-action-button"
                busy={addingAll}
                disabled={busy}
                onClick={() => void addAll(list)}
              >
                {addingAll ? t('forms.saving') : t('passport.suggestions.addAll')}
              </Button>
            )}
          </>
        )}
      </QueryResult>
    </PassportSection>
  );
}
