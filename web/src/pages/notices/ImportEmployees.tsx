import { useTranslation } from 'react-i18next';
import type {
  EnrolmentImportReport,
  Invitation,
} from '../../../../src/modules/vacancies/redundancy-contracts.ts';
import { useImportEnrolments } from '../../api/notice-queries.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { formatShortDate } from '../../components/format.ts';
import { ImportFile } from '../../components/ImportFile.tsx';

/** The employee list as a CSV or Excel file: checked first, then imported as invitations. */
export function ImportEmployees({
  noticeId,
  onInvited,
}: {
  noticeId: string;
  onInvited: (invitations: Invitation[]) => void;
}) {
  const { t } = useTranslation();
  const importList = useImportEnrolments(noticeId);
  const columnLabel = (field: string) =>
    t(`offers.enrolments.columns.${field}`, { defaultValue: field });
  return (
    <ImportFile<EnrolmentImportReport>
      id="employee-file"
      label={t('offers.enrolments.file')}
      description={t('offers.enrolments.fileHint')}
      busy={importList.isPending}
      run={(file, dryRun) => importList.mutateAsync({ file, dryRun })}
      columnLabel={columnLabel}
      onSaved={(report) => onInvited(report.invitations)}
      preview={(report) => (
        <DataTable
          caption={t('offers.enrolments.previewCaption', { count: report.preview.length })}
          rows={report.preview.map((e, i) => ({ ...e, key: String(i) }))}
          rowKey={(e) => e.key}
          empty={null}
          columns={[
            { header: t('offers.enrolments.name'), cell: (e) => e.name, rowHeader: true },
            { header: t('offers.enrolments.email'), cell: (e) => e.email ?? '–' },
            { header: t('offers.enrolments.function'), cell: (e) => e.functionTitle ?? '–' },
            {
              header: t('offers.enrolments.contractEnd'),
              cell: (e) => formatShortDate(e.contractEndDate),
            },
          ]}
        />
      )}
    />
  );
}
