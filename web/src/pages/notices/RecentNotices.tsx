import { Heading, LinkList, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotices } from '../../api/notice-queries.ts';
import { QueryResult } from '../../components/QueryResult.tsx';
import { NavLinkItem } from '../parts/NavLinkItem.tsx';
import { NoticesTable } from './NoticesTable.tsx';

const DAYS = 14;

/** For the homes of case managers and coordinators: notices of the last two weeks. */
export function RecentNotices() {
  const { t } = useTranslation();
  // Fixed for the life of the page, so the query key does not change on every render.
  const [since] = useState(() => new Date(Date.now() - DAYS * 86_400_000).toISOString());
  const notices = useNotices({ since });
  return (
    <section aria-labelledby="recent-notices-title">
      <Heading level={2} id="recent-notices-title">
        {t('offers.home.recentNotices')}
      </Heading>
      <Paragraph>{t('offers.home.recentNoticesIntro', { days: DAYS })}</Paragraph>
      <QueryResult query={notices}>
        {(list) => (
          <NoticesTable
            notices={list}
            byEmployer
            caption={t('offers.home.recentNoticesCaption', { count: list.length })}
            empty={t('offers.home.noRecentNotices', { days: DAYS })}
          />
        )}
      </QueryResult>
      <LinkList>
        <NavLinkItem to="/boventalligheid">{t('offers.home.allNotices')}</NavLinkItem>
      </LinkList>
    </section>
  );
}
