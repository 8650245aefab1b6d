import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/** A polite live region, so screen readers hear that something is on its way. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Paragraph role="status" className="ov-loading">
      {label ?? t('states.loading')}
    </Paragraph>
  );
}
