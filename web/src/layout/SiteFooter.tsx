import { PageFooter, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../src/modules/auth/contracts.ts';

/** What Overstap is; administrators also get the API documentation. */
export function SiteFooter({ me }: { me: Me | null }) {
  const { t } = useTranslation();
  return (
    <PageFooter className="ov-footer">
      <div className="ov-footer__content">
        <Paragraph>
          <strong>{t('app.name')}</strong> – {t('footer.about')}
        </Paragraph>
        {me?.role === 'admin' && (
          <Paragraph>
            <a className="utrecht-link utrecht-link--html-a" href="/api/docs">
              {t('footer.apiDocs')}
            </a>
          </Paragraph>
        )}
      </div>
    </PageFooter>
  );
}
