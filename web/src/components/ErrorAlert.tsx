import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/error-messages.ts';

export interface ErrorAlertProps {
  /** A caught error (shown in the user's words) or a ready sentence. */
  error: unknown;
  title?: string;
  onRetry?: () => void;
}

/** An error announced at once (role="alert"), with a way to try again where that makes sense. */
export function ErrorAlert({ error, title, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation();
  const message = typeof error === 'string' ? error : errorMessage(error, t);
  return (
    <Alert type="error" className="ov-alert">
      {title && <Paragraph className="ov-alert__title">{title}</Paragraph>}
      <Paragraph>{message}</Paragraph>
      {onRetry && (
        <Button appearance="secondary-action-button" onClick={onRetry}>
          {t('states.retry')}
        </Button>
      )}
    </Alert>
  );
}
