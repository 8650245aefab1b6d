import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Passport, PassportSkill } from '../../../../src/modules/people/contracts.ts';
import { useConfirmSkill, useRemoveSkill, useSaveSkill } from '../../api/passport-queries.ts';
import { conceptLabel } from '../../components/conceptLabel.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { SuccessAlert } from '../../components/SuccessAlert.tsx';
import { currentLocale } from '../../i18n/index.ts';
import { AddSkillForm } from './AddSkillForm.tsx';
import { isConfirmed, levelName } from './labels.ts';
import { focusSection, PassportSection } from './PassportSection.tsx';
import { SkillTable, type SkillActions } from './SkillTable.tsx';

/** The skills: those someone else confirmed, and the person's own; each with level and evidence. */
export function SkillsSection({ passport }: { passport: Passport }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const save = useSaveSkill(passport.id);
  const remove = useRemoveSkill(passport.id);
  const confirm = useConfirmSkill(passport.id);
  const [message, setMessage] = useState<string | null>(null);
  const failed = save.error ?? remove.error ?? confirm.error;
  const label = (s: PassportSkill) => conceptLabel(s, locale);
  const say = (text: string) => () => setMessage(text);
  /** The row moved or went away: the section's heading keeps the user's place. */
  const sayAndRefocus = (text: string) => () => {
    setMessage(text);
    focusSection('skills');
  };
  const actions: SkillActions = {
    busy: save.isPending || remove.isPending || confirm.isPending,
    changeLevel: (s, level) => {
      setMessage(null);
      save.mutate(
        { skillId: s.id, body: { level } },
        {
          onSuccess: (passport) => {
            const text = t('passport.skills.levelChanged', {
              skill: label(s),
              level: levelName(level, t),
            });
            // A new level of a confirmed skill is the person's own claim again: it changes table.
            const after = passport.skills.find((x) => x.id === s.id);
            const moved = after && isConfirmed(after.evidence) !== isConfirmed(s.evidence);
            (moved ? sayAndRefocus(text) : say(text))();
          },
        },
      );
    },
    remove: (s) => {
      setMessage(null);
      remove.mutate(s.id, {
        onSuccess: sayAndRefocus(t('passport.skills.removed', { skill: label(s) })),
      });
    },
    confirm: (s) => {
      setMessage(null);
      confirm.mutate(s.id, {
        onSuccess: sayAndRefocus(t('passport.skills.confirmed', { skill: label(s) })),
      });
    },
  };
  const confirmed = passport.skills.filter((s) => isConfirmed(s.evidence));
  const own = passport.skills.filter((s) => !isConfirmed(s.evidence));
  return (
    <PassportSection
      id="skills"
      title={t('passport.skills.title')}
      intro={<Paragraph>{t('passport.skills.intro')}</Paragraph>}
    >
      {message && <SuccessAlert message={message} />}
      {failed && (save.isError || remove.isError || confirm.isError) && (
        <ErrorAlert error={failed} />
      )}
      <SkillTable
        passport={passport}
        skills={confirmed}
        caption={t('passport.skills.confirmedCaption', { count: confirmed.length })}
        empty={t('passport.skills.noConfirmed')}
        actions={actions}
      />
      <SkillTable
        passport={passport}
        skills={own}
        caption={t('passport.skills.ownCaption', { count: own.length })}
        empty={t('passport.skills.noOwn')}
        actions={actions}
      />
      {passport.permissions.edit && <AddSkillForm personId={passport.id} />}
    </PassportSection>
  );
}
