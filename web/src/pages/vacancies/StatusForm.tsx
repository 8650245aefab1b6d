import { Button } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Vacancy, VacancyStatus } from '../../../../src/modules/vacancies/contracts.ts';
import { useChangeVacancyStatus } from '../../api/vacancy-queries.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SuccessAlert } from '../../components/SuccessAlert.tsx';
import { TextareaField } from '../../components/TextareaField.tsx';
import { serverErrors } from '../../components/validate-form.ts';
import { statusLabel } from './vacancy-labels.ts';

/**
 * Open, pause, fill or close a vacancy, with a reason for the history. Closing needs one:
 * it tells the region why a vacancy went away unfilled.
 */
export function StatusForm({ vacancy }: { vacancy: Vacancy }) {
  const { t } = useTranslation();
  const change = useChangeVacancyStatus(vacancy.id);
  const options = vacancy.nextStatuses;
  const [status, setStatus] = useState<VacancyStatus | ''>(options[0] ?? '');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [general, setGeneral] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const chosen = options.includes(status as VacancyStatus) ? status : (options[0] ?? '');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen || change.isPending) return;
    setDone(null);
    setGeneral(null);
    if (chosen === 'closed' && !reason.trim()) {
      setReasonError(t('offers.vacancies.statusForm.reasonRequired'));
      document.getElementById('status-reason')?.focus();
      return;
    }
    setReasonError(undefined);
    change.mutate(
      { status: chosen, ...(reason.trim() ? { reason: reason.trim() } : {}) },
      {
        onSuccess: (v) => {
          setReason('');
          setDone(t('offers.vacancies.statusForm.done', { status: statusLabel(v.status, t) }));
        },
        onError: (error) => setGeneral(serverErrors(error, t, []).general),
      },
    );
  };

  if (options.length === 0) return null;
  return (
    <form noValidate onSubmit={onSubmit} className="ov-form" aria-labelledby="status-title">
      {done && <SuccessAlert message={done} />}
      {general && <ErrorAlert error={general} />}
      <SelectField
        id="status-next"
        label={t('offers.vacancies.statusForm.next')}
        value={chosen}
        options={options.map((s) => ({ value: s, label: t(`offers.vacancies.to.${s}`) }))}
        onChange={(v) => setStatus(v as VacancyStatus)}
      />
      <TextareaField
        id="status-reason"
        label={t('offers.vacancies.statusForm.reason')}
        description={t('offers.vacancies.statusForm.reasonHint')}
        optional={chosen !== 'closed'}
        rows={2}
        value={reason}
        onChange={setReason}
        error={reasonError}
      />
      <Button type="submit" appearance="secondary-action-button" busy={change.isPending}>
        {t('offers.vacancies.statusForm.submit')}
      </Button>
    </form>
  );
}
