import { Button, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VisuallyHidden } from '../../components/VisuallyHidden.tsx';

/**
 * Withdrawing asks once more in place and says what happens (at once, the recipient no longer
 * sees the data); each button names the recipient, so a list of them reads well aloud.
 */
export function WithdrawConsent({
  recipient,
  busy,
  onWithdraw,
  audience,
}: {
  recipient: string;
  busy: boolean;
  onWithdraw: () => void;
  audience: 'candidate' | 'case_manager';
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const askRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) askRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking) {
    return (
      <Button
        ref={askRef}
        appearance="secondary-action-button"
        disabled={busy}
        onClick={() => setAsking(true)}
      >
        {t('privacy.consent.withdraw')}
        <VisuallyHidden> {t('privacy.consent.withdrawFor', { recipient })}</VisuallyHidden>
      </Button>
    );
  }
  return (
    <div
      className="ov-withdraw-question"
      role="group"
      aria-label={t('privacy.consent.withdrawQuestion', { recipient })}
    >
      <Paragraph>{t(`privacy.consent.withdrawExplain.${audience}`, { recipient })}</Paragraph>
      <Button
        ref={confirmRef}
        appearance="primary-action-button"
        className="utrecht-button--danger"
        disabled={busy}
        onClick={() => {
          setAsking(false);
          onWithdraw();
        }}
      >
        {t('privacy.consent.withdrawYes')}
        <VisuallyHidden> {t('privacy.consent.withdrawFor', { recipient })}</VisuallyHidden>
      </Button>
      <Button appearance="secondary-action-button" onClick={() => setAsking(false)}>
        {t('privacy.consent.withdrawNo')}
      </Button>
    </div>
  );
}
