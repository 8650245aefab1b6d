import {
  Button,
  Heading,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useErasePerson } from '../../api/privacy-queries.ts';
import { CheckboxField } from '../../components/CheckboxField.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PassportSection } from '../passport/PassportSection.tsx';

const KEPT = ['statistics', 'skills', 'record'] as const;
const REMOVED = ['personal', 'passport', 'trajectory', 'account'] as const;

/**
 * 'Verwijder mijn gegevens' in two steps: first what happens (removed, kept, final), then a
 * confirmation the user must tick. Afterwards the account is gone, so the app signs out.
 */
export function EraseData({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const erase = useErasePerson(personId);
  const [confirming, setConfirming] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const boxRef = useRef<HTMLDivElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) boxRef.current?.focus();
    else if (wasConfirming.current) startRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!understood) {
      setError(t('privacy.erase.mustConfirm'));
      document.getElementById('erase-understood')?.focus();
      return;
    }
    setError(undefined);
    erase.mutate(undefined, {
      // The confirmation page then signs out here too (the server ended the sessions).
      onSuccess: (result) =>
        void navigate('/gegevens-verwijderd', { replace: true, state: result }),
    });
  };

  return (
    <PassportSection
      id="erase"
      title={t('privacy.erase.title')}
      intro={<Paragraph>{t('privacy.erase.intro')}</Paragraph>}
    >
      <Heading level={3}>{t('privacy.erase.removedTitle')}</Heading>
      <UnorderedList>
        {REMOVED.map((k) => (
          <UnorderedListItem key={k}>{t(`privacy.erase.removed.${k}`)}</UnorderedListItem>
        ))}
      </UnorderedList>
      <Heading level={3}>{t('privacy.erase.keptTitle')}</Heading>
      <UnorderedList>
        {KEPT.map((k) => (
          <UnorderedListItem key={k}>{t(`privacy.erase.kept.${k}`)}</UnorderedListItem>
        ))}
      </UnorderedList>
      <Paragraph>
        <strong>{t('privacy.erase.final')}</strong> {t('privacy.erase.downloadFirst')}
      </Paragraph>
      {!confirming ? (
        <Button
          ref={startRef}
          appearance="secondary-action-button"
          className="utrecht-button--danger"
          onClick={() => {
            setUnderstood(false);
            setError(undefined);
            setConfirming(true);
          }}
        >
          {t('privacy.erase.start')}
        </Button>
      ) : (
        <div
          ref={boxRef}
          tabIndex={-1}
          className="ov-confirm-box"
          role="group"
          aria-labelledby="erase-confirm-title"
        >
          <Heading level={3} id="erase-confirm-title">
            {t('privacy.erase.confirmTitle')}
          </Heading>
          <Paragraph>{t('privacy.erase.confirmText')}</Paragraph>
          <form className="ov-form" noValidate onSubmit={submit}>
            {erase.isError && <ErrorAlert error={erase.error} />}
            <CheckboxField
              id="erase-understood"
              label={t('privacy.erase.understood')}
              checked={understood}
              onChange={(checked) => {
                setUnderstood(checked);
                if (checked) setError(undefined);
              }}
              error={error}
            />
            <div className="ov-row-actions">
              <Button
                type="submit"
                appearance="primary-action-button"
                className="utrecht-button--danger"
                busy={erase.isPending}
                disabled={erase.isPending}
              >
                {t('privacy.erase.confirm')}
              </Button>
              <Button appearance="secondary-action-button" onClick={() => setConfirming(false)}>
                {t('privacy.erase.cancel')}
              </Button>
            </div>
          </form>
        </div>
      )}
    </PassportSection>
  );
}
