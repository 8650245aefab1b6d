import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useNotice } from '../../api/notice-queries.ts';
import { useCurrentUser } from '../../app/current-user.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { NoAccess } from '../../components/NoAccess.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { QueryResult } from '../../components/QueryResult.tsx';
import { NoticeForm } from './NoticeForm.tsx';

/** "Melding wijzigen": the employer corrects its notice; every change shows in its history. */
export function EditNoticePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useCurrentUser();
  const notice = useNotice(id);
  const title = t('offers.notices.editTitle');
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <QueryResult query={notice}>
        {(n) =>
          me.role === 'employer' && me.organisationId === n.employer.id ? (
            <>
              <Paragraph>{t('offers.notices.editIntro')}</Paragraph>
              <NoticeForm notice={n} />
            </>
          ) : (
            <NoAccess role={me.role} />
          )
        }
      </QueryResult>
      <Paragraph>
        <AppLink to={`/boventalligheid/${id}`}>{t('offers.notices.backToNotice')}</AppLink>
      </Paragraph>
    </>
  );
}
