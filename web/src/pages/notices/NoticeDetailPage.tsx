import { ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import type { Notice } from '../../../../src/modules/vacancies/redundancy-contracts.ts';
import { useNotice } from '../../api/notice-queries.ts';
import { useCurrentUser } from '../../app/current-user.ts';
import { ActionLink } from '../../components/ActionLink.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { formatDate } from '../../components/format.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { QueryResult } from '../../components/QueryResult.tsx';
import { SuccessAlert } from '../../components/SuccessAlert.tsx';
import { EnrolmentSection } from './EnrolmentSection.tsx';
import { NoticeFacts } from './NoticeFacts.tsx';
import { NoticeHistory } from './NoticeHistory.tsx';
import { NoticeStatusAction } from './NoticeStatusAction.tsx';

/**
 * One notice. The employer who reported it invites the employees concerned; case managers and
 * coordinators read it (they see counts, not names: those follow each employee's consent).
 */
export function NoticeDetailPage() {
  const { id = '' } = useParams();
  const notice = useNotice(id);
  return <QueryResult query={notice}>{(n) => <NoticeDetail notice={n} />}</QueryResult>;
}

function NoticeDetail({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const location = useLocation();
  const state = location.state as { reported?: boolean; updated?: boolean } | null;
  const reported = state?.reported === true;
  const updated = state?.updated === true;
  const own = me.role === 'employer' && me.organisationId === notice.employer.id;
  const title = t('offers.notices.detailTitle', {
    employer: notice.employer.name,
    date: formatDate(notice.createdAt),
  });
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      {reported && <SuccessAlert message={t('offers.notices.reported')} />}
      {updated && <SuccessAlert message={t('offers.notices.updated')} />}
      <NoticeFacts notice={notice} />
      {own && (
        <ButtonGroup className="ov-actions">
          <ActionLink to={`/boventalligheid/${notice.id}/wijzigen`}>
            {t('offers.notices.edit')}
          </ActionLink>
        </ButtonGroup>
      )}
      {own ? (
        <>
          <EnrolmentSection notice={notice} />
          <NoticeStatusAction notice={notice} />
        </>
      ) : (
        <Paragraph>{t('offers.notices.namesWithConsent')}</Paragraph>
      )}
      {(me.role === 'coordinator' || me.role === 'case_manager') && (
        <Paragraph>
          <AppLink to={`/boventalligheid/${notice.id}/plaatsing`}>
            {t('matching.links.groupPlacement')}
          </AppLink>
        </Paragraph>
      )}
      <NoticeHistory noticeId={notice.id} />
      <Paragraph>
        <AppLink to="/boventalligheid">{t('offers.notices.backToList')}</AppLink>
      </Paragraph>
    </>
  );
}
