import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportRowError } from '../../../src/modules/vacancies/import-contracts.ts';
import { ErrorAlert } from './ErrorAlert.tsx';
import { FileField } from './FileField.tsx';
import { RowErrorsTable } from './RowErrorsTable.tsx';
import { serverErrors } from './validate-form.ts';
import { importRowErrorsOf } from '../api/client.ts';

/** What every import answers: how many rows, which problems, whether it was saved. */
export interface ImportReportLike {
  dryRun: boolean;
  saved: boolean;
  rowCount: number;
  errors: ImportRowError[];
}

export interface ImportFileProps<R extends ImportReportLike> {
  id: string;
  label: string;
  description: ReactNode;
  run: (file: File, dryRun: boolean) => Promise<R>;
  busy: boolean;
  columnLabel: (field: string) => string;
  /** What a checked file would save (shown after a clean dry run). */
  preview: (report: R) => ReactNode;
  onSaved: (report: R) => void;
}

/**
 * Importing a list in two steps: first a check (a dry run: the rows with their problems,
 * nothing saved), then, only when every row is valid, the import itself.
 */
export function ImportFile<R extends ImportReportLike>(props: ImportFileProps<R>) {
  const { id, run, busy, onSaved } = props;
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<R | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [general, setGeneral] = useState<string | null>(null);
  const [refused, setRefused] = useState<ImportRowError[] | null>(null);
  // A new key empties the file chooser after an import.
  const [round, setRound] = useState(0);
  const resultRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (checked || refused) resultRef.current?.focus();
  }, [checked, refused]);

  const fail = (error: unknown) => {
    const rows = importRowErrorsOf(error);
    if (rows) {
      // Refused at the import itself: show every row's problem; nothing was saved.
      setChecked(null);
      setRefused(rows);
      return;
    }
    const result = serverErrors(error, t, ['filename', 'contentBase64']);
    setFileError(result.fields.filename ?? result.fields.contentBase64);
    setGeneral(result.general);
  };

  const check = (event: FormEvent) => {
    event.preventDefault();
    setGeneral(null);
    setChecked(null);
    setRefused(null);
    if (!file) {
      setFileError(t('offers.import.chooseFile'));
      document.getElementById(id)?.focus();
      return;
    }
    setFileError(undefined);
    run(file, true).then(setChecked, fail);
  };

  const save = () => {
    if (!file) return;
    run(file, false).then((report) => {
      setChecked(null);
      setFile(null);
      setRound((n) => n + 1);
      onSaved(report);
    }, fail);
  };

  const clean = checked !== null && checked.errors.length === 0 && checked.rowCount > 0;
  return (
    <div className="ov-import">
      {general && <ErrorAlert error={general} />}
      <form noValidate onSubmit={check} className="ov-form">
        <FileField
          key={round}
          id={id}
          label={props.label}
          description={props.description}
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          error={fileError}
          onChange={(chosen) => {
            setFile(chosen);
            setChecked(null);
            setRefused(null);
            setFileError(undefined);
          }}
        />
        <Button type="submit" appearance="secondary-action-button" busy={busy}>
          {t('offers.import.check')}
        </Button>
      </form>
      {refused && (
        <div className="ov-import__result">
          <Heading level={3} ref={resultRef} tabIndex={-1} className="ov-focus-target">
            {t('offers.import.refused', { count: refused.length })}
          </Heading>
          <Paragraph>{t('offers.import.refusedNothingSaved')}</Paragraph>
          <RowErrorsTable errors={refused} columnLabel={props.columnLabel} />
          <Paragraph>{t('offers.import.fixAndRetry')}</Paragraph>
        </div>
      )}
      {checked && (
        <div className="ov-import__result">
          <Heading level={3} ref={resultRef} tabIndex={-1} className="ov-focus-target">
            {checked.errors.length > 0
              ? t('offers.import.hasErrors', { count: checked.errors.length })
              : checked.rowCount === 0
                ? t('offers.import.empty')
                : t('offers.import.clean', { count: checked.rowCount })}
          </Heading>
          <Paragraph>{t('offers.import.nothingSaved')}</Paragraph>
          {checked.errors.length > 0 ? (
            <>
              <RowErrorsTable errors={checked.errors} columnLabel={props.columnLabel} />
              <Paragraph>{t('offers.import.fixAndRetry')}</Paragraph>
            </>
          ) : (
            props.preview(checked)
          )}
          {clean && (
            <Button appearance="primary-action-button" busy={busy} onClick={save}>
              {t('offers.import.import', { count: checked.rowCount })}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
