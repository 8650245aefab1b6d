import { useTranslation } from 'react-i18next';
import type { Requirement } from '../../../../src/modules/vacancies/contracts.ts';
import { conceptLabel } from '../../components/conceptLabel.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { currentLocale } from '../../i18n/index.ts';
import { yesNo } from './vacancy-labels.ts';

/** The skills a vacancy asks, essential ones first. */
export function RequirementsTable({ requirements }: { requirements: readonly Requirement[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const rows = [...requirements].sort(
    (a, b) => Number(b.importance === 'essential') - Number(a.importance === 'essential'),
  );
  return (
    <DataTable
      caption={t('offers.requirements.caption', { count: rows.length })}
      rows={rows}
      rowKey={(r) => String(r.skill.id)}
      empty={t('offers.requirements.none')}
      columns={[
        {
          header: t('offers.requirements.skill'),
          cell: (r) => conceptLabel(r.skill, locale),
          rowHeader: true,
        },
        {
          header: t('offers.requirements.importance'),
          cell: (r) => t(`offers.requirements.${r.importance}`),
        },
        { header: t('offers.requirements.learnable'), cell: (r) => yesNo(r.learnable, t) },
        {
          header: t('offers.requirements.minLevel'),
          cell: (r) => `${r.minLevel} – ${t(`offers.levels.${r.minLevel}`)}`,
        },
      ]}
    />
  );
}
