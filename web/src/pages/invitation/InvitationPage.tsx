import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type {
  AcceptedInvitation,
  InvitationPreview,
} from '../../../../src/modules/vacancies/invitation-contracts.ts';
import { useMe } from '../../api/queries.ts';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SuccessAlert } from '../../components/SuccessAlert.tsx';
import { AcceptForm } from './AcceptForm.tsx';
import { AcceptedView } from './AcceptedView.tsx';
import { CodeForm } from './CodeForm.tsx';

type Step =
  | { kind: 'code' }
  | { kind: 'answer'; code: string; preview: InvitationPreview }
  | { kind: 'accepted'; accepted: AcceptedInvitation }
  | { kind: 'declined'; employer: string };

/**
 * "Uitnodiging": the employee whose job is disappearing answers their employer's invitation.
 * The code comes in the link (?code=) or is typed; then they choose what the employer may see
 * and accept — signed in, or creating their account here — or decline.
 */
export function InvitationPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [params] = useSearchParams();
  const [step, setStep] = useState<Step>({ kind: 'code' });
  const title = t('offers.invitation.title');
  if (me.isPending) return <Loading />;
  return (
    <div className="ov-narrow">
      <PageHeading title={title}>{title}</PageHeading>
      {step.kind === 'code' && (
        <>
          <Paragraph appearance="lead">{t('offers.invitation.intro')}</Paragraph>
          <CodeForm
            initialCode={params.get('code') ?? ''}
            onFound={(code, preview) => setStep({ kind: 'answer', code, preview })}
          />
        </>
      )}
      {step.kind === 'answer' && (
        <AcceptForm
          code={step.code}
          preview={step.preview}
          me={me.data ?? null}
          onAccepted={(accepted) => setStep({ kind: 'accepted', accepted })}
          onDeclined={() => setStep({ kind: 'declined', employer: step.preview.employer.name })}
        />
      )}
      {step.kind === 'accepted' && <AcceptedView accepted={step.accepted} />}
      {step.kind === 'declined' && (
        <SuccessAlert message={t('offers.invitation.declined', { employer: step.employer })} />
      )}
    </div>
  );
}
