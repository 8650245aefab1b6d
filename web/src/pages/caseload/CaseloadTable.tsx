import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '../../../../src/modules/people/contracts.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { DataTable } from '../../components/DataTable.tsx';

const nameOf = (p: PersonSummary) =>
  [p.givenName, p.familyName].filter(Boolean).join(' ') || p.pseudonym;

/** The persons of the caseload; each name opens their passport. */
export function CaseloadTable({
  persons,
  searched,
}: {
  persons: PersonSummary[];
  searched: string;
}) {
  const { t, i18n } = useTranslation();
  const date = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'medium',
  });
  return (
    <DataTable
      caption={
        searched
          ? t('caseload.captionSearched', { count: persons.length, q: searched })
          : t('caseload.caption', { count: persons.length })
      }
      rows={persons}
      rowKey={(p) => p.id}
      empty={searched ? t('caseload.noneFound', { q: searched }) : t('caseload.empty')}
      columns={[
        {
          header: t('caseload.name'),
          rowHeader: true,
          cell: (p) => <AppLink to={`/caseload/${p.id}`}>{nameOf(p)}</AppLink>,
        },
        { header: t('caseload.pseudonym'), cell: (p) => p.pseudonym },
        { header: t('caseload.city'), cell: (p) => p.city ?? '–' },
        { header: t('caseload.skills'), cell: (p) => p.skillCount, numeric: true },
        {
          header: t('caseload.account'),
          cell: (p) => (p.hasAccount ? t('forms.yes') : t('forms.no')),
        },
        { header: t('caseload.updated'), cell: (p) => date.format(new Date(p.updatedAt)) },
      ]}
    />
  );
}
