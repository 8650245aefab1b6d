import {
  Alert,
  Button,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../../src/modules/people/contracts.ts';
import { ApiError } from '../../api/client.ts';
import { errorMessage } from '../../api/error-messages.ts';
import { useImportPassport } from '../../api/passport-queries.ts';
import { FormField } from '../../components/FormField.tsx';
import { readPassportFile, serverProblems } from './import-document.ts';

/**
 * Imports an overstap.passport/v1 file: as a new passport (personId null) or replacing this one's
 * content. Problems in the file are listed by where they are (skills[3].uri: …).
 */
export function ImportPassportForm({
  personId,
  onImported,
}: {
  personId: string | null;
  onImported: (result: ImportResult) => void;
}) {
  const { t } = useTranslation();
  const importPassport = useImportPassport(personId);
  const fileRef = useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [problems, setProblems] = useState<string[]>([]);
  const [reading, setReading] = useState(false);
  const busy = reading || importPassport.isPending;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setProblems([]);
    setFileError(undefined);
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setFileError(t('passport.import.chooseFile'));
      fileRef.current?.focus();
      return;
    }
    setReading(true);
    const read = await readPassportFile(file);
    setReading(false);
    if (!read.ok) {
      setFileError(read.notJson ? t('passport.import.notJson') : t('passport.import.invalid'));
      setProblems(read.problems);
      fileRef.current?.focus();
      return;
    }
    importPassport.mutate(read.document, {
      onSuccess: (result) => {
        if (fileRef.current) fileRef.current.value = '';
        onImported(result);
      },
      onError: (error) => {
        setFileError(t('passport.import.refused'));
        setProblems(
          error instanceof ApiError && error.status === 400
            ? serverProblems(error.message)
            : [errorMessage(error, t)],
        );
        fileRef.current?.focus();
      },
    });
  };

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="ov-form">
      <FormField
        id={personId ? 'import-replace-file' : 'import-new-file'}
        label={t('passport.import.file')}
        description={
          personId ? t('passport.import.replaceDescription') : t('passport.import.newDescription')
        }
        error={fileError}
      >
        {(control) => (
          <input
            ref={fileRef}
            id={control.id}
            name={control.id}
            type="file"
            accept="application/json,.json"
            aria-describedby={control['aria-describedby']}
            aria-invalid={control.invalid || undefined}
            className="ov-file-input"
          />
        )}
      </FormField>
      {problems.length > 0 && (
        <Alert type="error" className="ov-alert">
          <Paragraph className="ov-alert__title">{t('passport.import.problems')}</Paragraph>
          <UnorderedList>
            {problems.map((p) => (
              <UnorderedListItem key={p}>{p}</UnorderedListItem>
            ))}
          </UnorderedList>
        </Alert>
      )}
      <Button type="submit" appearance="primary-action-button" busy={busy}>
        {busy
          ? t('passport.import.busy')
          : personId
            ? t('passport.import.replaceSubmit')
            : t('passport.import.newSubmit')}
      </Button>
    </form>
  );
}
