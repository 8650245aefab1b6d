import { Button } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  createNoticeBody,
  socialPlanFunds,
  type Notice,
  type SocialPlanFund,
} from '../../../../src/modules/vacancies/redundancy-contracts.ts';
import type { FieldErrors } from '../../api/error-messages.ts';
import { useReportRedundancy, useUpdateNotice } from '../../api/notice-queries.ts';
import { conceptLabel } from '../../components/conceptLabel.ts';
import { currentLocale } from '../../i18n/index.ts';
import { CheckboxField } from '../../components/CheckboxField.tsx';
import { CheckboxGroup } from '../../components/CheckboxGroup.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { InputField } from '../../components/InputField.tsx';
import type { ChosenConcept } from '../../components/JobTitleField.tsx';
import { NumberReader } from '../../components/numbers.ts';
import { OccupationsField } from '../../components/OccupationsField.tsx';
import { TextareaField } from '../../components/TextareaField.tsx';
import { useFocusFirstInvalid } from '../../components/useFocusFirstInvalid.ts';
import { checkForm, serverErrors, withErrors } from '../../components/validate-form.ts';

const fields = [
  'expectedDate',
  'peopleCount',
  'occupationIds',
  'reason',
  'socialPlan',
  'socialPlanFunds',
  'contactName',
  'contactEmail',
  'contactPhone',
] as const;

const empty = {
  expectedDate: '',
  peopleCount: '',
  occupations: [] as ChosenConcept[],
  reason: '',
  socialPlan: false,
  socialPlanFunds: [] as SocialPlanFund[],
  contactName: '',
  contactEmail: '',
  contactPhone: '',
};

/** The form's fields from a notice, to correct it. */
const fromNotice = (n: Notice): typeof empty => ({
  expectedDate: n.expectedDate,
  peopleCount: String(n.peopleCount),
  occupations: n.occupations.map((o) => ({ id: o.id, label: conceptLabel(o, currentLocale()) })),
  reason: n.reason,
  socialPlan: n.socialPlan,
  socialPlanFunds: n.socialPlanFunds,
  contactName: n.contact.name ?? '',
  contactEmail: n.contact.email ?? '',
  contactPhone: n.contact.phone ?? '',
});

/**
 * Rapid response: the releasing employer reports threatened redundancy as early as it can, and
 * corrects the notice later (with `notice`) as the numbers and dates become clear.
 */
export function NoticeForm({ notice }: { notice?: Notice }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useReportRedundancy();
  const update = useUpdateNotice(notice?.id ?? '');
  const report = notice ? update : create;
  const [form, setForm] = useState(() => (notice ? fromNotice(notice) : empty));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const set = <K extends keyof typeof empty>(key: K, value: (typeof empty)[K]) =>
    setForm((f) => ({ ...f, [key]: value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (report.isPending) return;
    setGeneral(null);
    const numbers = new NumberReader(t('offers.messages.number'));
    const checked = checkForm(
      createNoticeBody,
      {
        expectedDate: form.expectedDate,
        peopleCount: numbers.read('peopleCount', form.peopleCount),
        occupationIds: form.occupations.map((o) => o.id),
        reason: form.reason,
        socialPlan: form.socialPlan,
        socialPlanFunds: form.socialPlan ? form.socialPlanFunds : [],
        contactName: form.contactName.trim() || null,
        contactEmail: form.contactEmail.trim() || null,
        contactPhone: form.contactPhone.trim() || null,
      },
      t,
    );
    const found = withErrors(checked, numbers.errors);
    if (!checked.ok || Object.keys(numbers.errors).length > 0) {
      setErrors(found);
      return focusFirstInvalid();
    }
    setErrors({});
    const send = notice ? update.mutateAsync(checked.data) : create.mutateAsync(checked.data);
    send.then(
      (saved) =>
        void navigate(`/boventalligheid/${saved.id}`, {
          state: notice ? { updated: true } : { reported: true },
        }),
      (error: unknown) => {
        const result = serverErrors(error, t, fields);
        setErrors(result.fields);
        setGeneral(result.general);
        focusFirstInvalid();
      },
    );
  };

  return (
    <>
      {general && <ErrorAlert error={general} />}
      <form ref={formRef} noValidate onSubmit={onSubmit} className="ov-form">
        <InputField
          id="expectedDate"
          kind="date"
          label={t('offers.notices.form.expectedDate')}
          description={t('offers.notices.form.expectedDateHint')}
          value={form.expectedDate}
          onChange={(v) => set('expectedDate', v)}
          error={errors.expectedDate}
          short
        />
        <InputField
          id="peopleCount"
          kind="number"
          label={t('offers.notices.form.peopleCount')}
          value={form.peopleCount}
          onChange={(v) => set('peopleCount', v)}
          error={errors.peopleCount}
          short
        />
        <OccupationsField
          id="occupationIds"
          legend={t('offers.notices.form.functions')}
          value={form.occupations}
          onChange={(v) => set('occupations', v)}
          error={errors.occupationIds}
        />
        <TextareaField
          id="reason"
          label={t('offers.notices.form.reason')}
          description={t('offers.notices.form.reasonHint')}
          value={form.reason}
          onChange={(v) => set('reason', v)}
          error={errors.reason}
        />
        <CheckboxField
          id="socialPlan"
          label={t('offers.notices.form.socialPlan')}
          checked={form.socialPlan}
          onChange={(v) => set('socialPlan', v)}
          error={errors.socialPlan}
        />
        {form.socialPlan && (
          <CheckboxGroup
            id="socialPlanFunds"
            legend={t('offers.notices.form.socialPlanFunds')}
            options={socialPlanFunds.map((f) => ({
              value: f,
              label: t(`offers.notices.funds.${f}`),
            }))}
            value={form.socialPlanFunds}
            onChange={(v) => set('socialPlanFunds', v)}
            error={errors.socialPlanFunds}
          />
        )}
        <InputField
          id="contactName"
          label={t('offers.notices.form.contactName')}
          optional
          autoComplete="name"
          value={form.contactName}
          onChange={(v) => set('contactName', v)}
          error={errors.contactName}
        />
        <InputField
          id="contactEmail"
          kind="email"
          label={t('offers.notices.form.contactEmail')}
          optional
          autoComplete="email"
          value={form.contactEmail}
          onChange={(v) => set('contactEmail', v)}
          error={errors.contactEmail}
        />
        <InputField
          id="contactPhone"
          kind="tel"
          label={t('offers.notices.form.contactPhone')}
          optional
          autoComplete="tel"
          value={form.contactPhone}
          onChange={(v) => set('contactPhone', v)}
          error={errors.contactPhone}
        />
        <Button type="submit" appearance="primary-action-button" busy={report.isPending}>
          {report.isPending
            ? t('forms.saving')
            : notice
              ? t('offers.notices.form.save')
              : t('offers.notices.form.submit')}
        </Button>
      </form>
    </>
  );
}
