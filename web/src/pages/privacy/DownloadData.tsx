import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataExport } from '../../../../src/modules/consent/contracts.ts';
import { useDataExport } from '../../api/privacy-queries.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { SuccessAlert } from '../../components/SuccessAlert.tsx';
import { PassportSection } from '../passport/PassportSection.tsx';

/** The same file name the server gives the download. */
const fileNameOf = (pseudonym: string) =>
  `overstap-gegevens-${pseudonym.replace(/[^A-Za-z0-9-]/g, '')}.json`;

function download(document: DataExport, fileName: string): void {
  const blob = new Blob([JSON.stringify(document, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = window.document.createElement('a');
  link.href = url;
  link.download = fileName;
  window.document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The right of access: everything Overstap holds about the person, as one JSON file. */
export function DownloadData({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const exportData = useDataExport(personId);
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const onDownload = () => {
    setDownloaded(null);
    exportData.mutate(undefined, {
      onSuccess: (document) => {
        const fileName = fileNameOf(document.person.pseudonym);
        download(document, fileName);
        setDownloaded(t('privacy.myData.downloaded', { file: fileName }));
      },
    });
  };
  return (
    <PassportSection
      id="download"
      title={t('privacy.myData.downloadTitle')}
      intro={<Paragraph>{t('privacy.myData.downloadIntro')}</Paragraph>}
    >
      {downloaded && <SuccessAlert message={downloaded} />}
      {exportData.isError && <ErrorAlert error={exportData.error} />}
      <Button
        appearance="primary-action-button"
        busy={exportData.isPending}
        disabled={exportData.isPending}
        onClick={onDownload}
      >
        {t('privacy.myData.download')}
      </Button>
    </PassportSection>
  );
}
