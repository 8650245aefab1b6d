import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/current-user.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NoAccess } from '../../components/NoAccess.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useOwnKinds } from '../employer/useOwnKinds.ts';
import { NoticeForm } from './NoticeForm.tsx';

/** "Boventalligheid melden": the form, for releasing employers. */
export function NewNoticePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const kinds = useOwnKinds();
  if (me.role !== 'employer') return <NoAccess role={me.role} />;
  const title = t('offers.notices.report');
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <Paragraph>{t('offers.notices.form.intro')}</Paragraph>
      {kinds === null ? (
        <Loading />
      ) : kinds.includes('releasing_employer') ? (
        <NoticeForm />
      ) : (
        <EmptyState>{t('offers.notices.notReleasing')}</EmptyState>
      )}
      <Paragraph>
        <AppLink to="/boventalligheid">{t('offers.notices.backToList')}</AppLink>
      </Paragraph>
    </>
  );
}
