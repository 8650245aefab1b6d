import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VacancyImportReport } from '../../../../src/modules/vacancies/contracts.ts';
import { useImportVacancies } from '../../api/vacancy-queries.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { formatShortDate } from '../../components/format.ts';
import { ImportFile } from '../../components/ImportFile.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SuccessAlert } from '../../components/SuccessAlert.tsx';
import { HiringOnly } from './HiringOnly.tsx';

/** An example file with the columns the import reads, to start from. */
const template = [
  'titel;beroep;uren;salaris;postcode;plaats;startdatum;aantal;contractvorm;vaardigheden;taken;voorwaardelijk contract;meeloopstage',
  'Helpende zorg;Helpende zorg en welzijn;24-32;2400-2900;5223 GZ;\'s-Hertogenbosch;1-10-2026;2;tijdelijk;;"Helpen bij wassen; Maaltijden rondbrengen";ja;ja',
].join('\n');
const templateHref = `data:text/csv;charset=utf-8,${encodeURIComponent(template)}`;

/** A vacancy list from a CSV or Excel file: checked row by row, then imported as a whole. */
export function ImportVacanciesPage() {
  const { t } = useTranslation();
  const importList = useImportVacancies();
  const [saved, setSaved] = useState<number | null>(null);
  const title = t('offers.vacancies.importTitle');
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <Paragraph>{t('offers.vacancies.importIntro')}</Paragraph>
      <Paragraph>
        <a href={templateHref} download="vacatures-voorbeeld.csv" className="utrecht-link">
          {t('offers.vacancies.importTemplate')}
        </a>
      </Paragraph>
      <HiringOnly>
        {saved !== null && (
          <SuccessAlert message={t('offers.vacancies.imported', { count: saved })} />
        )}
        <ImportFile<VacancyImportReport>
          id="vacancy-file"
          label={t('offers.vacancies.importFile')}
          description={t('offers.vacancies.importFileHint')}
          busy={importList.isPending}
          run={(file, dryRun) => importList.mutateAsync({ file, dryRun })}
          columnLabel={(field) => t(`offers.vacancies.columns.${field}`, { defaultValue: field })}
          onSaved={(report) => setSaved(report.vacancyIds.length)}
          preview={(report) => (
            <DataTable
              caption={t('offers.vacancies.previewCaption', { count: report.preview.length })}
              rows={report.preview}
              rowKey={(p) => String(p.row)}
              empty={null}
              columns={[
                { header: t('offers.import.row'), cell: (p) => p.row, numeric: true },
                { header: t('offers.vacancies.title'), cell: (p) => p.title, rowHeader: true },
                { header: t('offers.vacancies.place'), cell: (p) => p.city ?? '–' },
                {
                  header: t('offers.vacancies.startDate'),
                  cell: (p) => formatShortDate(p.startDate),
                },
                {
                  header: t('offers.vacancies.positions'),
                  cell: (p) => p.positions,
                  numeric: true,
                },
                {
                  header: t('offers.vacancies.skillCount'),
                  cell: (p) =>
                    p.requirementsFromOccupation
                      ? t('offers.vacancies.fromOccupation')
                      : p.skillIds.length,
                },
              ]}
            />
          )}
        />
      </HiringOnly>
      <Paragraph>
        <AppLink to="/vacatures">{t('offers.vacancies.backToList')}</AppLink>
      </Paragraph>
    </>
  );
}
