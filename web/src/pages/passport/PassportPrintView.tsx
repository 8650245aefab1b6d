import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Passport } from '../../../../src/modules/people/contracts.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { conceptLabel } from '../../components/conceptLabel.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { currentLocale } from '../../i18n/index.ts';
import { sectorLabel } from '../../i18n/labels.ts';
import { isConfirmed, levelName, orDash, yearsLabel } from './labels.ts';
import './passport-print.css';
import { PersonalFacts } from './PersonalFacts.tsx';
import { WishesFacts } from './WishesFacts.tsx';

/** The passport on paper: everything in it, read-only, laid out for A4 (see the print CSS). */
export function PassportPrintView({ passport, backTo }: { passport: Passport; backTo: string }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  const name = [passport.personal.givenName, passport.personal.familyName]
    .filter(Boolean)
    .join(' ');
  const title = t('passport.print.title', { name: name || passport.pseudonym });
  const today = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'long',
  }).format(new Date());
  return (
    <article className="ov-print">
      <div className="ov-no-print ov-row-actions">
        <Button appearance="primary-action-button" onClick={() => window.print()}>
          {t('passport.print.print')}
        </Button>
        <AppLink to={backTo}>{t('passport.print.back')}</AppLink>
      </div>
      <PageHeading title={title}>{title}</PageHeading>
      <Paragraph>{t('passport.print.made', { date: today })}</Paragraph>
      <Heading level={2}>{t('passport.personal.title')}</Heading>
      <PersonalFacts passport={passport} />
      <Heading level={2}>{t('passport.work.title')}</Heading>
      <DataTable
        caption={t('passport.work.title')}
        rows={passport.workHistory}
        rowKey={(w) => w.id}
        empty={t('passport.work.empty')}
        columns={[
          { header: t('passport.print.jobTitle'), cell: (w) => w.jobTitle, rowHeader: true },
          {
            header: t('passport.work.occupation'),
            cell: (w) => (w.occupation ? conceptLabel(w.occupation, locale) : '–'),
          },
          { header: t('passport.work.employer'), cell: (w) => orDash(w.employerName) },
          { header: t('passport.work.sector'), cell: (w) => sectorLabel(w.sector, t) },
          { header: t('passport.work.years'), cell: (w) => yearsLabel(w.startYear, w.endYear, t) },
        ]}
      />
      <Heading level={2}>{t('passport.skills.title')}</Heading>
      <DataTable
        caption={t('passport.print.skillsCaption', { count: passport.skills.length })}
        rows={[...passport.skills].sort(
          (a, b) => Number(isConfirmed(b.evidence)) - Number(isConfirmed(a.evidence)),
        )}
        rowKey={(s) => String(s.id)}
        empty={t('passport.skills.noOwn')}
        columns={[
          {
            header: t('passport.skills.skill'),
            cell: (s) => conceptLabel(s, locale),
            rowHeader: true,
          },
          {
            header: t('passport.skills.level'),
            cell: (s) => `${s.level} – ${levelName(s.level, t)}`,
          },
          {
            header: t('passport.skills.evidence'),
            cell: (s) =>
              s.confirmedBy
                ? `${t(`evidence.${s.evidence}`)} (${s.confirmedBy.name})`
                : t(`evidence.${s.evidence}`),
          },
          {
            header: t('passport.print.source'),
            // Evidence already says "from work history"; the origin adds what is not said yet.
            cell: (s) =>
              s.source === 'work_history'
                ? (s.note ?? '–')
                : [t(`skillSources.${s.source}`), s.note].filter(Boolean).join(': '),
          },
        ]}
      />
      <Heading level={2}>{t('passport.education.title')}</Heading>
      <DataTable
        caption={t('passport.education.title')}
        rows={passport.education}
        rowKey={(e) => e.id}
        empty={t('passport.education.empty')}
        columns={[
          { header: t('passport.education.name'), cell: (e) => e.name, rowHeader: true },
          { header: t('passport.education.kind'), cell: (e) => t(`educationKinds.${e.kind}`) },
          { header: t('passport.education.institution'), cell: (e) => orDash(e.institution) },
          { header: t('passport.education.year'), cell: (e) => orDash(e.year) },
          { header: t('passport.education.validUntil'), cell: (e) => orDash(e.validUntil) },
        ]}
      />
      <Heading level={2}>{t('passport.wishes.title')}</Heading>
      {passport.wishes ? (
        <WishesFacts wishes={passport.wishes} />
      ) : (
        <Paragraph>{t('passport.wishes.empty')}</Paragraph>
      )}
    </article>
  );
}
