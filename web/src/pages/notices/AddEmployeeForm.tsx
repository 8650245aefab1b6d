import { Button } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  employeeInput,
  type Invitation,
} from '../../../../src/modules/vacancies/redundancy-contracts.ts';
import type { FieldErrors } from '../../api/error-messages.ts';
import { useInviteEmployees } from '../../api/notice-queries.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { InputField } from '../../components/InputField.tsx';
import { useFocusFirstInvalid } from '../../components/useFocusFirstInvalid.ts';
import { checkForm, serverErrors } from '../../components/validate-form.ts';

const empty = { name: '', email: '', functionTitle: '', contractEndDate: '' };
const fields = ['name', 'email', 'functionTitle', 'contractEndDate'] as const;

/** One employee: name, e-mail, function, end of contract → an invitation with a code. */
export function AddEmployeeForm({
  noticeId,
  onInvited,
}: {
  noticeId: string;
  onInvited: (invitations: Invitation[]) => void;
}) {
  const { t } = useTranslation();
  const invite = useInviteEmployees(noticeId);
  const [form, setForm] = useState(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const set = (key: keyof typeof empty) => (value: string) =>
    setForm((f) => ({ ...f, [key]: value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (invite.isPending) return;
    setGeneral(null);
    const checked = checkForm(
      employeeInput,
      {
        name: form.name,
        email: form.email.trim() || null,
        functionTitle: form.functionTitle.trim() || null,
        contractEndDate: form.contractEndDate || null,
      },
      t,
    );
    if (!checked.ok) {
      setErrors(checked.errors);
      return focusFirstInvalid();
    }
    setErrors({});
    invite.mutate(
      { employees: [checked.data] },
      {
        onSuccess: (invitations) => {
          setForm(empty);
          onInvited(invitations);
        },
        onError: (error) => {
          // The server names the field inside the list: employees.0.email → email.
          const result = serverErrors(error, t, ['employees']);
          const field = Object.keys(result.fields)
            .map((f) => f.split('.').pop() ?? '')
            .find((f) => (fields as readonly string[]).includes(f));
          if (field) setErrors({ [field]: result.fields.employees });
          else setGeneral(result.general ?? result.fields.employees ?? null);
          focusFirstInvalid();
        },
      },
    );
  };

  return (
    <>
      {general && <ErrorAlert error={general} />}
      <form ref={formRef} noValidate onSubmit={onSubmit} className="ov-form">
        <InputField
          id="employee-name"
          label={t('offers.enrolments.name')}
          value={form.name}
          onChange={set('name')}
          error={errors.name}
        />
        <InputField
          id="employee-email"
          kind="email"
          label={t('offers.enrolments.email')}
          description={t('offers.enrolments.emailHint')}
          optional
          value={form.email}
          onChange={set('email')}
          error={errors.email}
        />
        <InputField
          id="employee-function"
          label={t('offers.enrolments.function')}
          optional
          value={form.functionTitle}
          onChange={set('functionTitle')}
          error={errors.functionTitle}
        />
        <InputField
          id="employee-contract-end"
          kind="date"
          label={t('offers.enrolments.contractEnd')}
          optional
          short
          value={form.contractEndDate}
          onChange={set('contractEndDate')}
          error={errors.contractEndDate}
        />
        <Button type="submit" appearance="primary-action-button" busy={invite.isPending}>
          {invite.isPending ? t('forms.saving') : t('offers.enrolments.invite')}
        </Button>
      </form>
    </>
  );
}
