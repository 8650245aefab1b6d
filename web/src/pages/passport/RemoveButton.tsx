import { Button } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VisuallyHidden } from '../../components/VisuallyHidden.tsx';

/**
 * Removing asks once more in place ("Zeker weten?"), and each button names what it removes,
 * so a list of them reads well with a screen reader.
 */
export function RemoveButton({
  what,
  busy,
  onRemove,
}: {
  what: string;
  busy: boolean;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <Button appearance="subtle-button" disabled={busy} onClick={() => setAsking(true)}>
        {t('passport.remove')}
        <VisuallyHidden> {what}</VisuallyHidden>
      </Button>
    );
  }
  return (
    <span className="ov-confirm" role="group" aria-label={t('passport.removeQuestion', { what })}>
      <span aria-hidden="true">{t('passport.removeSure')}</span>
      <Button
        ref={confirmRef}
        appearance="primary-action-button"
        className="utrecht-button--danger"
        disabled={busy}
        onClick={() => {
          setAsking(false);
          onRemove();
        }}
      >
        {t('passport.removeYes')}
        <VisuallyHidden> {what}</VisuallyHidden>
      </Button>
      <Button appearance="secondary-action-button" onClick={() => setAsking(false)}>
        {t('passport.removeNo')}
      </Button>
    </span>
  );
}
