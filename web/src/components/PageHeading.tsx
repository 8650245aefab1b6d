import { Heading } from '@utrecht/component-library-react';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export const PAGE_HEADING_ID = 'page-heading';

/**
 * The one h1 of a page. It can take focus (tabIndex -1) so that after a route change the
 * layout moves focus here and screen readers announce the new page; it also titles the tab.
 */
export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} – ${t('app.titleSuffix')}`;
  }, [title, t]);
  return (
    <Heading level={1} id={PAGE_HEADING_ID} tabIndex={-1} className="ov-page-heading">
      {children}
    </Heading>
  );
}
