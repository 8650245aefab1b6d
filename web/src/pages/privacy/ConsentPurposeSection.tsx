import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  Consent,
  ConsentPurpose,
  ConsentRecipients,
} from '../../../../src/modules/consent/contracts.ts';
import { useWithdrawConsent } from '../../api/privacy-queries.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { SuccessAlert } from '../../components/SuccessAlert.tsx';
import { formatDate } from '../../components/format.ts';
import { focusSection } from '../passport/PassportSection.tsx';
import { GrantConsentForm } from './GrantConsentForm.tsx';
import { recipientLabel } from './privacy-labels.ts';
import { WithdrawConsent } from './WithdrawConsent.tsx';

export type Audience = 'candidate' | 'case_manager';

function ConsentInForce({
  consent,
  audience,
  busy,
  onWithdraw,
}: {
  consent: Consent;
  audience: Audience;
  busy: boolean;
  onWithdraw: () => void;
}) {
  const { t } = useTranslation();
  const recipient = recipientLabel(t, consent);
  return (
    <li className="ov-consent">
      <Paragraph className="ov-consent__recipient">{recipient}</Paragraph>
      <Paragraph>
        {t('privacy.consent.since', { date: formatDate(consent.grantedAt) })}{' '}
        {consent.expiresAt
          ? t('privacy.consent.until', { date: formatDate(consent.expiresAt) })
          : t('privacy.consent.untilWithdrawn')}
        {consent.givenVia === 'case_manager' &&
          ` ${t('privacy.consent.recordedBy', { name: consent.grantedBy?.name ?? t('privacy.consent.caseManager') })}`}
      </Paragraph>
      <WithdrawConsent
        recipient={recipient}
        busy={busy}
        onWithdraw={onWithdraw}
        audience={audience}
      />
    </li>
  );
}

/**
 * One purpose: what it means in plain words, with whom it is shared now (each withdrawable at
 * once), and the form to share it with someone else.
 */
export function ConsentPurposeSection({
  personId,
  purpose,
  consents,
  recipients,
  audience,
  headingLevel,
}: {
  personId: string;
  purpose: ConsentPurpose;
  consents: Consent[];
  recipients: ConsentRecipients[number]['recipients'];
  audience: Audience;
  headingLevel: 2 | 3;
}) {
  const { t } = useTranslation();
  const withdraw = useWithdrawConsent(personId);
  const [done, setDone] = useState<string | null>(null);
  const sectionId = `purpose-${purpose}${audience === 'case_manager' ? '-cm' : ''}`;
  const inForce = consents.filter((c) => c.purpose === purpose && c.status === 'in_force');
  const who = audience === 'candidate' ? 'you' : 'them';
  const announce = (message: string) => {
    setDone(message);
    focusSection(sectionId);
  };
  return (
    <section aria-labelledby={`${sectionId}-title`} className="ov-passport-section">
      <Heading
        level={headingLevel}
        id={`${sectionId}-title`}
        tabIndex={-1}
        className="ov-section-heading"
      >
        {t(`privacy.purposes.${purpose}.title`)}
      </Heading>
      <Paragraph>{t(`privacy.purposes.${purpose}.explain`)}</Paragraph>
      {done && <SuccessAlert message={done} />}
      {withdraw.isError && <ErrorAlert error={withdraw.error} />}
      <Heading level={headingLevel === 2 ? 3 : 4}>{t('privacy.consent.sharedNow')}</Heading>
      {inForce.length === 0 ? (
        <EmptyState>{t(`privacy.purposes.${purpose}.none.${who}`)}</EmptyState>
      ) : (
        <ul className="ov-consent-list">
          {inForce.map((c) => (
            <ConsentInForce
              key={c.id}
              consent={c}
              audience={audience}
              busy={withdraw.isPending}
              onWithdraw={() =>
                withdraw.mutate(c.id, {
                  onSuccess: () =>
                    announce(t('privacy.consent.withdrawn', { recipient: recipientLabel(t, c) })),
                })
              }
            />
          ))}
        </ul>
      )}
      {recipients.length === 0 && purpose !== 'passport_to_hiring_employer' ? (
        <Paragraph className="ov-hint">{t('privacy.grant.noRecipients')}</Paragraph>
      ) : (
        <GrantConsentForm
          personId={personId}
          purpose={purpose}
          recipients={recipients}
          audience={audience}
          headingLevel={headingLevel === 2 ? 3 : 4}
          onGranted={(name) => announce(t('privacy.consent.granted', { recipient: name }))}
        />
      )}
    </section>
  );
}
