import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ImportResult,
  Passport,
  PassportExport,
} from '../../../../src/modules/people/contracts.ts';
import { useExportPassport } from '../../api/passport-queries.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { SuccessAlert } from '../../components/SuccessAlert.tsx';
import { ImportPassportForm } from './ImportPassportForm.tsx';
import { PassportSection } from './PassportSection.tsx';

/** The same file name the server gives the download. */
const fileNameOf = (pseudonym: string) =>
  `overstap-paspoort-${pseudonym.replace(/[^A-Za-z0-9-]/g, '')}.json`;

function download(document: PassportExport, fileName: string): void {
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

/** The passport belongs to the person: take it along as a file or on paper, or bring one in. */
export function PortabilitySection({
  passport,
  printPath,
  onImported,
}: {
  passport: Passport;
  printPath: string;
  onImported: (result: ImportResult) => void;
}) {
  const { t } = useTranslation();
  const exportPassport = useExportPassport(passport.id);
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const onExport = () => {
    setDownloaded(null);
    exportPassport.mutate(undefined, {
      onSuccess: (document) => {
        const fileName = fileNameOf(passport.pseudonym);
        download(document, fileName);
        setDownloaded(t('passport.export.done', { file: fileName }));
      },
    });
  };
  return (
    <PassportSection
      id="portability"
      title={t('passport.export.title')}
      intro={<Paragraph>{t('passport.export.intro')}</Paragraph>}
    >
      {downloaded && <SuccessAlert message={downloaded} />}
      {exportPassport.isError && <ErrorAlert error={exportPassport.error} />}
      <div className="ov-row-actions">
        <Button
          appearance="primary-action-button"
          busy={exportPassport.isPending}
          onClick={onExport}
        >
          {t('passport.export.json')}
        </Button>
      </div>
      <Paragraph>
        <AppLink to={printPath}>{t('passport.export.print')}</AppLink>
      </Paragraph>
      {passport.permissions.edit && (
        <>
          <Heading level={3}>{t('passport.import.replaceTitle')}</Heading>
          <ImportPassportForm personId={passport.id} onImported={onImported} />
        </>
      )}
    </PassportSection>
  );
}
