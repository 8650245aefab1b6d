import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';

/**
 * The server answers 404 both when a passport does not exist and when this user may not see it,
 * so the page cannot (and should not) tell the two apart.
 */
export function PassportNotFound({ backTo, backLabel }: { backTo: string; backLabel: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('passport.notFound.title')}>{t('passport.notFound.title')}</PageHeading>
      <Paragraph>{t('passport.notFound.text')}</Paragraph>
      <Paragraph>
        <AppLink to={backTo}>{backLabel}</AppLink>
      </Paragraph>
    </>
  );
}
