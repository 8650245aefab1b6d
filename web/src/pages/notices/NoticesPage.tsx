import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNotices } from '../../api/notice-queries.ts';
import { useCurrentUser } from '../../app/current-user.ts';
import { ActionLink } from '../../components/ActionLink.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { QueryResult } from '../../components/QueryResult.tsx';
import { useOwnKinds } from '../employer/useOwnKinds.ts';
import { NoticesTable } from './NoticesTable.tsx';

/**
 * Redundancy notices. A releasing employer sees its own and reports a new one; case managers
 * and coordinators see every notice of the region (rapid response), read-only.
 */
export function NoticesPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const notices = useNotices();
  const kinds = useOwnKinds();
  const isEmployer = me.role === 'employer';
  const title = isEmployer ? t('offers.notices.titleEmployer') : t('offers.notices.title');
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <Paragraph>
        {isEmployer ? t('offers.notices.introEmployer') : t('offers.notices.introStaff')}
      </Paragraph>
      {isEmployer &&
        (kinds === null ? (
          <Loading />
        ) : kinds.includes('releasing_employer') ? (
          <Paragraph>
            <ActionLink to="/boventalligheid/melden" appearance="primary">
              {t('offers.notices.report')}
            </ActionLink>
          </Paragraph>
        ) : (
          <EmptyState>{t('offers.notices.notReleasing')}</EmptyState>
        ))}
      <QueryResult query={notices}>
        {(list) => (
          <NoticesTable
            notices={list}
            byEmployer={!isEmployer}
            caption={t('offers.notices.caption', { count: list.length })}
            empty={isEmployer ? t('offers.notices.emptyEmployer') : t('offers.notices.empty')}
          />
        )}
      </QueryResult>
    </>
  );
}
