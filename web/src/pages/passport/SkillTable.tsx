import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Passport, PassportSkill } from '../../../../src/modules/people/contracts.ts';
import { conceptLabel } from '../../components/conceptLabel.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { VisuallyHidden } from '../../components/VisuallyHidden.tsx';
import { currentLocale } from '../../i18n/index.ts';
import { EvidenceBadge } from './EvidenceBadge.tsx';
import { levelName } from './labels.ts';
import { LevelSelect } from './LevelSelect.tsx';
import { RemoveButton } from './RemoveButton.tsx';

export interface SkillActions {
  busy: boolean;
  changeLevel: (skill: PassportSkill, level: number) => void;
  remove: (skill: PassportSkill) => void;
  confirm: (skill: PassportSkill) => void;
}

/** A group of skills: level (changeable in place), evidence, and what may be done with each. */
export function SkillTable({
  passport,
  skills,
  caption,
  empty,
  actions,
}: {
  passport: Passport;
  skills: readonly PassportSkill[];
  caption: string;
  empty: string;
  actions: SkillActions;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { edit, confirmSkills } = passport.permissions;
  const label = (s: PassportSkill) => conceptLabel(s, locale);
  return (
    <DataTable
      caption={caption}
      rows={skills}
      rowKey={(s) => String(s.id)}
      empty={empty}
      columns={[
        {
          header: t('passport.skills.skill'),
          rowHeader: true,
          cell: (s) => (
            <>
              {label(s)}
              {s.source === 'informal' && (
                <>
                  {' '}
                  <span className="ov-tag">{t('skillSources.informal')}</span>
                </>
              )}
              {s.note && (
                <>
                  {' '}
                  <span className="ov-cell-note">{s.note}</span>
                </>
              )}
            </>
          ),
        },
        {
          header: t('passport.skills.level'),
          cell: (s) =>
            edit ? (
              <LevelSelect
                id={`skill-level-${s.id}`}
                label={t('passport.skills.levelOf', { skill: label(s) })}
                hideLabel
                value={s.level}
                disabled={actions.busy}
                onChange={(level) => actions.changeLevel(s, level)}
              />
            ) : (
              `${s.level} – ${levelName(s.level, t)}`
            ),
        },
        { header: t('passport.skills.evidence'), cell: (s) => <EvidenceBadge skill={s} /> },
        ...(edit
          ? [
              {
                header: t('passport.actions'),
                cell: (s: PassportSkill) => (
                  <div className="ov-row-actions">
                    {confirmSkills && !s.confirmedAt && (
                      <Button
                        appearance="primary-action-button"
                        disabled={actions.busy}
                        onClick={() => actions.confirm(s)}
                      >
                        {t('passport.skills.confirm')}
                        <VisuallyHidden> {label(s)}</VisuallyHidden>
                      </Button>
                    )}
                    <RemoveButton
                      what={label(s)}
                      busy={actions.busy}
                      onRemove={() => actions.remove(s)}
                    />
                  </div>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
