import { LinkList, Paragraph } from '@utrecht/component-library-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { ErasureResult } from '../../../../src/modules/consent/contracts.ts';
import { useForgetSignedInUser } from '../../api/privacy-queries.ts';
import { formatDateTime } from '../../components/format.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SuccessAlert } from '../../components/SuccessAlert.tsx';
import { NavLinkItem } from '../parts/NavLinkItem.tsx';

/** After erasure: signed out, with what happened in plain words. Open to anyone (no account). */
export function ErasedPage() {
  const { t } = useTranslation();
  const result = useLocation().state as ErasureResult | null;
  const forget = useForgetSignedInUser();
  // Arriving from the erasure: the account is gone, so the app forgets who was signed in. Only
  // once this page (outside the signed-in pages) shows, or the sign-in guard would redirect.
  useEffect(() => {
    if (result) forget();
  }, [result, forget]);
  const title = t('privacy.erased.title');
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <SuccessAlert
        message={
          result
            ? t('privacy.erased.when', { date: formatDateTime(result.erasedAt) })
            : t('privacy.erased.done')
        }
      />
      <Paragraph>{t('privacy.erased.what')}</Paragraph>
      <Paragraph>{t('privacy.erased.signedOut')}</Paragraph>
      <Paragraph>{t('privacy.erased.again')}</Paragraph>
      <LinkList>
        <NavLinkItem to="/inloggen">{t('privacy.erased.toLogin')}</NavLinkItem>
      </LinkList>
    </>
  );
}
