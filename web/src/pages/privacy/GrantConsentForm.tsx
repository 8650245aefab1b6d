import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ConsentPurpose,
  ConsentRecipients,
} from '../../../../src/modules/consent/contracts.ts';
import { useGrantConsent } from '../../api/privacy-queries.ts';
import { formErrorsOf, type FieldErrors } from '../../api/error-messages.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { InputField } from '../../components/InputField.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { isoDay } from '../../components/format.ts';

/** The select's value for "every hiring employer" (a passport consent without a recipient). */
const ALL = 'all';

type Recipient = ConsentRecipients[number]['recipients'][number];

/**
 * Grant (or, for a case manager, record) consent for one purpose: to whom, and until when if
 * not until withdrawn. A new grant to the same recipient replaces the one in force.
 */
export function GrantConsentForm({
  personId,
  purpose,
  recipients,
  audience,
  headingLevel,
  onGranted,
}: {
  personId: string;
  purpose: ConsentPurpose;
  recipients: Recipient[];
  audience: 'candidate' | 'case_manager';
  headingLevel: 3 | 4;
  onGranted: (recipientName: string) => void;
}) {
  const { t } = useTranslation();
  const grant = useGrantConsent(personId);
  const forEveryone = purpose === 'passport_to_hiring_employer';
  const ordered = [...recipients].sort(
    (a, b) => Number(b.isCurrentEmployer) - Number(a.isCurrentEmployer),
  );
  const [recipient, setRecipient] = useState(forEveryone ? ALL : '');
  const [expires, setExpires] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const id = (field: string) => `grant-${purpose}-${field}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!recipient) found.recipientOrganisationId = t('privacy.grant.chooseRecipient');
    if (expires && expires <= isoDay()) found.expiresAt = t('privacy.grant.futureDate');
    setErrors(found);
    setGeneral(null);
    const firstInvalid = Object.keys(found)[0];
    if (firstInvalid) {
      document.getElementById(id(firstInvalid === 'expiresAt' ? 'expires' : 'recipient'))?.focus();
      return;
    }
    const recipientOrganisationId = recipient === ALL ? null : recipient;
    const name =
      recipient === ALL
        ? t('privacy.consent.allHiringEmployers')
        : (ordered.find((r) => r.id === recipient)?.name ?? '');
    grant.mutate(
      {
        purpose,
        recipientOrganisationId,
        // The last moment of the chosen day, in the user's time zone.
        expiresAt: expires ? new Date(`${expires}T23:59:59`).toISOString() : null,
      },
      {
        onSuccess: () => {
          setRecipient(forEveryone ? ALL : '');
          setExpires('');
          onGranted(name);
        },
        onError: (error) => {
          const e = formErrorsOf(error, t, ['recipientOrganisationId', 'expiresAt']);
          setErrors(e.fields);
          setGeneral(e.general);
        },
      },
    );
  };

  const options = [
    ...(forEveryone
      ? [{ value: ALL, label: t('privacy.consent.allHiringEmployers') }]
      : [{ value: '', label: t('privacy.grant.choose') }]),
    ...ordered.map((r) => ({
      value: r.id,
      label: r.isCurrentEmployer ? t('privacy.grant.currentEmployer', { name: r.name }) : r.name,
    })),
  ];
  return (
    <form className="ov-form ov-grant-form" noValidate onSubmit={submit}>
      <Heading level={headingLevel}>{t(`privacy.grant.title.${audience}`)}</Heading>
      {audience === 'case_manager' && <Paragraph>{t('privacy.grant.onPaper')}</Paragraph>}
      {general && <ErrorAlert error={general} />}
      <SelectField
        id={id('recipient')}
        label={t(`privacy.grant.recipient.${purpose}`)}
        value={recipient}
        options={options}
        onChange={setRecipient}
        error={errors.recipientOrganisationId}
      />
      <InputField
        id={id('expires')}
        kind="date"
        label={t('privacy.grant.expiresAt')}
        description={t('privacy.grant.expiresAtHelp')}
        value={expires}
        onChange={setExpires}
        error={errors.expiresAt}
        optional
      />
      <Button
        type="submit"
        appearance="primary-action-button"
        busy={grant.isPending}
        disabled={grant.isPending}
      >
        {t(`privacy.grant.submit.${audience}`)}
      </Button>
    </form>
  );
}
