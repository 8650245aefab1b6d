import { useTranslation } from 'react-i18next';
import type { PassportSkill } from '../../../../src/modules/people/contracts.ts';
import { isConfirmed } from './labels.ts';

const dateFormat = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium' }).format(
    new Date(iso),
  );

/** How a skill is known, as a badge; a confirmation says by whom and when. */
export function EvidenceBadge({ skill }: { skill: PassportSkill }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <span
        className={`ov-badge ${isConfirmed(skill.evidence) ? 'ov-badge--confirmed' : 'ov-badge--own'}`}
      >
        {t(`evidence.${skill.evidence}`)}
      </span>
      {skill.confirmedBy && skill.confirmedAt && (
        <span className="ov-badge-note">
          {t('passport.skills.confirmedBy', {
            name: skill.confirmedBy.name,
            date: dateFormat(skill.confirmedAt, i18n.language),
          })}
        </span>
      )}
    </>
  );
}
