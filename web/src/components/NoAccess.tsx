import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../src/modules/auth/contracts.ts';
import { AppLink } from './AppLink.tsx';
import { PageHeading } from './PageHeading.tsx';

/** Shown instead of a page the role may not use; the server refuses the data anyway. */
export function NoAccess({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('access.title')}>{t('access.title')}</PageHeading>
      <Paragraph>{t('access.text', { role: t(`roles.${role}`) })}</Paragraph>
      <Paragraph>
        <AppLink to="/">{t('access.backHome')}</AppLink>
      </Paragraph>
    </>
  );
}
