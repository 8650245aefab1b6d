import { consentPurposes } from '../../../../src/modules/consent/contracts.ts';
import { useConsentRecipients, useConsents } from '../../api/privacy-queries.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ConsentPurposeSection, type Audience } from './ConsentPurposeSection.tsx';

/** The three purposes of consent, each with what is shared now and the form to share more. */
export function ConsentsPanel({
  personId,
  audience,
  headingLevel,
}: {
  personId: string;
  audience: Audience;
  headingLevel: 2 | 3;
}) {
  const consents = useConsents(personId);
  const recipients = useConsentRecipients(personId);
  if (consents.isPending || recipients.isPending) return <Loading />;
  if (consents.isError || recipients.isError) {
    return (
      <ErrorAlert
        error={consents.error ?? recipients.error}
        onRetry={() => {
          void consents.refetch();
          void recipients.refetch();
        }}
      />
    );
  }
  return (
    <>
      {consentPurposes.map((purpose) => (
        <ConsentPurposeSection
          key={purpose}
          personId={personId}
          purpose={purpose}
          consents={consents.data}
          recipients={recipients.data.find((r) => r.purpose === purpose)?.recipients ?? []}
          audience={audience}
          headingLevel={headingLevel}
        />
      ))}
    </>
  );
}
