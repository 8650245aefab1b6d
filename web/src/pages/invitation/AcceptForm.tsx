import {
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  Paragraph,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../../src/modules/auth/contracts.ts';
import {
  acceptInvitationBody,
  type AcceptedInvitation,
  type InvitationPreview,
} from '../../../../src/modules/vacancies/invitation-contracts.ts';
import type { FieldErrors } from '../../api/error-messages.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { CheckboxField } from '../../components/CheckboxField.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FactList } from '../../components/FactList.tsx';
import { formatDate } from '../../components/format.ts';
import { TextField } from '../../components/TextField.tsx';
import { useFocusFirstInvalid } from '../../components/useFocusFirstInvalid.ts';
import { checkForm, serverErrors } from '../../components/validate-form.ts';
import { currentLocale } from '../../i18n/index.ts';
import { useAcceptInvitation, useDeclineInvitation } from './invitation-queries.ts';

const fields = [
  'code',
  'share.progress',
  'share.passport',
  'account',
  'account.name',
  'account.email',
  'account.password',
] as const;

/**
 * Who invites, and what the employer may see: nothing is shared unless ticked (privacy by
 * default), and each choice can be withdrawn later on the privacy page. Someone without an
 * account makes one here; staff accounts cannot accept for an employee.
 */
export function AcceptForm({
  code,
  preview,
  me,
  onAccepted,
  onDeclined,
}: {
  code: string;
  preview: InvitationPreview;
  me: Me | null;
  onAccepted: (accepted: AcceptedInvitation) => void;
  onDeclined: () => void;
}) {
  const { t } = useTranslation();
  const accept = useAcceptInvitation();
  const decline = useDeclineInvitation();
  const [progress, setProgress] = useState(false);
  const [passport, setPassport] = useState(false);
  const [name, setName] = useState(preview.name ?? '');
  const [email, setEmail] = useState(preview.email ?? '');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const employer = preview.employer.name;
  const staff = me !== null && me.role !== 'candidate';

  const fail = (error: unknown) => {
    const result = serverErrors(error, t, fields);
    setErrors(result.fields);
    setGeneral(result.general ?? result.fields.code ?? null);
    focusFirstInvalid();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (accept.isPending || staff) return;
    setGeneral(null);
    const checked = checkForm(
      acceptInvitationBody,
      {
        code,
        share: { progress, passport: preview.employerHires && passport },
        ...(me ? {} : { account: { name, email, password, locale: currentLocale() } }),
      },
      t,
    );
    if (!checked.ok) {
      setErrors(checked.errors);
      return focusFirstInvalid();
    }
    setErrors({});
    accept.mutate(checked.data, { onSuccess: onAccepted, onError: fail });
  };

  return (
    <>
      <Paragraph appearance="lead">{t('offers.invitation.invitedBy', { employer })}</Paragraph>
      <FactList
        facts={[
          [t('offers.invitation.employer'), employer],
          [t('offers.invitation.function'), preview.functionTitle ?? '–'],
          [t('offers.invitation.validUntil'), formatDate(preview.expiresAt)],
        ]}
      />
      <Paragraph>{t('offers.invitation.whatItMeans')}</Paragraph>
      {general && <ErrorAlert error={general} />}
      {staff ? (
        <ErrorAlert error={t('offers.invitation.staffAccount')} />
      ) : (
        <form ref={formRef} noValidate onSubmit={onSubmit} className="ov-form">
          <Fieldset>
            <FieldsetLegend>{t('offers.invitation.shareTitle', { employer })}</FieldsetLegend>
            <Paragraph>{t('offers.invitation.shareIntro', { employer })}</Paragraph>
            <CheckboxField
              id="share-progress"
              label={t('offers.invitation.shareProgress', { employer })}
              description={t('offers.invitation.shareProgressHint', { employer })}
              checked={progress}
              onChange={setProgress}
              error={errors['share.progress']}
            />
            {preview.employerHires && (
              <CheckboxField
                id="share-passport"
                label={t('offers.invitation.sharePassport', { employer })}
                description={t('offers.invitation.sharePassportHint', { employer })}
                checked={passport}
                onChange={setPassport}
                error={errors['share.passport']}
              />
            )}
            <Paragraph>{t('offers.invitation.shareLater')}</Paragraph>
          </Fieldset>
          {me ? (
            <Paragraph>{t('offers.invitation.asYou', { name: me.name })}</Paragraph>
          ) : (
            <Fieldset>
              <FieldsetLegend>{t('offers.invitation.accountTitle')}</FieldsetLegend>
              <Paragraph>
                {t('offers.invitation.accountIntro')}{' '}
                <AppLink
                  to="/inloggen"
                  state={{ from: `/uitnodiging?code=${encodeURIComponent(code)}` }}
                >
                  {t('offers.invitation.signInFirst')}
                </AppLink>
              </Paragraph>
              <TextField
                id="account.name"
                label={t('offers.invitation.name')}
                autoComplete="name"
                value={name}
                onChange={setName}
                error={errors['account.name']}
              />
              <TextField
                id="account.email"
                type="email"
                label={t('offers.invitation.email')}
                autoComplete="email"
                value={email}
                onChange={setEmail}
                error={errors['account.email']}
              />
              <TextField
                id="account.password"
                type="password"
                label={t('offers.invitation.password')}
                description={t('offers.invitation.passwordHint')}
                autoComplete="new-password"
                value={password}
                onChange={setPassword}
                error={errors['account.password']}
              />
            </Fieldset>
          )}
          <ButtonGroup className="ov-actions">
            <Button type="submit" appearance="primary-action-button" busy={accept.isPending}>
              {t('offers.invitation.accept')}
            </Button>
            <Button
              type="button"
              appearance="secondary-action-button"
              busy={decline.isPending}
              onClick={() => decline.mutate(code, { onSuccess: onDeclined, onError: fail })}
            >
              {t('offers.invitation.decline')}
            </Button>
          </ButtonGroup>
        </form>
      )}
    </>
  );
}
