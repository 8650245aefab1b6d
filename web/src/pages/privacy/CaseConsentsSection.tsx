import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  consentPurposes,
  type Consent,
  type ConsentPurpose,
} from '../../../../src/modules/consent/contracts.ts';
import {
  useAccessLog,
  useConsentRecipients,
  useConsents,
  useWithdrawConsent,
} from '../../api/privacy-queries.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { QueryResult } from '../../components/QueryResult.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SuccessAlert } from '../../components/SuccessAlert.tsx';
import { formatShortDate } from '../../components/format.ts';
import { focusSection, PassportSection } from '../passport/PassportSection.tsx';
import { AccessLogTable } from './AccessLogPage.tsx';
import { ConsentHistoryTable } from './ConsentHistoryTable.tsx';
import { GrantConsentForm } from './GrantConsentForm.tsx';
import './privacy.css';
import { recipientLabel } from './privacy-labels.ts';
import { WithdrawConsent } from './WithdrawConsent.tsx';

const SECTION = 'consents';

/** A consent signed on paper: first for what, then to whom and until when. */
function RecordConsent({ personId, onDone }: { personId: string; onDone: (m: string) => void }) {
  const { t } = useTranslation();
  const recipients = useConsentRecipients(personId);
  const [purpose, setPurpose] = useState<ConsentPurpose>('passport_to_hiring_employer');
  return (
    <QueryResult query={recipients}>
      {(lists) => (
        <div className="ov-grant-form">
          <SelectField
            id="record-consent-purpose"
            label={t('privacy.case.purpose')}
            value={purpose}
            options={consentPurposes.map((p) => ({
              value: p,
              label: t(`privacy.purposes.${p}.short`),
            }))}
            onChange={(value) => setPurpose(value as ConsentPurpose)}
          />
          <GrantConsentForm
            key={purpose}
            personId={personId}
            purpose={purpose}
            recipients={lists.find((l) => l.purpose === purpose)?.recipients ?? []}
            audience="case_manager"
            headingLevel={3}
            onGranted={(name) => onDone(t('privacy.consent.granted', { recipient: name }))}
          />
        </div>
      )}
    </QueryResult>
  );
}

function InForce({
  personId,
  consents,
  onDone,
}: {
  personId: string;
  consents: Consent[];
  onDone: (m: string) => void;
}) {
  const { t } = useTranslation();
  const withdraw = useWithdrawConsent(personId);
  const inForce = consents.filter((c) => c.status === 'in_force');
  return (
    <>
      {withdraw.isError && <ErrorAlert error={withdraw.error} />}
      <DataTable
        caption={t('privacy.case.inForceCaption', { count: inForce.length })}
        rows={inForce}
        rowKey={(c) => c.id}
        empty={t('privacy.case.noneInForce')}
        columns={[
          {
            header: t('privacy.history.purpose'),
            cell: (c) => t(`privacy.purposes.${c.purpose}.short`),
            rowHeader: true,
          },
          { header: t('privacy.history.recipient'), cell: (c) => recipientLabel(t, c) },
          {
            header: t('privacy.case.since'),
            cell: (c) => formatShortDate(c.grantedAt),
          },
          {
            header: t('privacy.history.ends'),
            cell: (c) =>
              c.expiresAt ? formatShortDate(c.expiresAt) : t('privacy.history.untilWithdrawn'),
          },
          {
            header: t('privacy.case.action'),
            cell: (c) => (
              <WithdrawConsent
                recipient={recipientLabel(t, c)}
                busy={withdraw.isPending}
                audience="case_manager"
                onWithdraw={() =>
                  withdraw.mutate(c.id, {
                    onSuccess: () =>
                      onDone(t('privacy.consent.withdrawn', { recipient: recipientLabel(t, c) })),
                  })
                }
              />
            ),
          },
        ]}
      />
    </>
  );
}

/**
 * On the case manager's passport page: what the person consented to share, so the case team
 * knows what may go to whom. A consent given on paper is recorded here, a withdrawal said on the
 * phone too (the API allows the case team both). History and reads by others fold open.
 */
export function CaseConsentsSection({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const consents = useConsents(personId);
  const log = useAccessLog(personId);
  const [recording, setRecording] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const announce = (message: string) => {
    setDone(message);
    setRecording(false);
    focusSection(SECTION);
  };
  return (
    <PassportSection
      id={SECTION}
      title={t('privacy.case.title')}
      intro={<Paragraph>{t('privacy.case.intro')}</Paragraph>}
    >
      {done && <SuccessAlert message={done} />}
      <QueryResult query={consents}>
        {(list) => (
          <>
            <InForce personId={personId} consents={list} onDone={announce} />
            {recording ? (
              <>
                <RecordConsent personId={personId} onDone={announce} />
                <Button appearance="secondary-action-button" onClick={() => setRecording(false)}>
                  {t('privacy.case.cancel')}
                </Button>
              </>
            ) : (
              <Button
                appearance="secondary-action-button"
                onClick={() => {
                  setDone(null);
                  setRecording(true);
                }}
              >
                {t('privacy.case.record')}
              </Button>
            )}
            <details className="ov-details">
              <summary>{t('privacy.history.title')}</summary>
              <ConsentHistoryTable consents={list} />
            </details>
          </>
        )}
      </QueryResult>
      <details className="ov-details">
        <summary>{t('privacy.case.accessLogTitle')}</summary>
        <QueryResult query={log}>{(entries) => <AccessLogTable entries={entries} />}</QueryResult>
      </details>
    </PassportSection>
  );
}
