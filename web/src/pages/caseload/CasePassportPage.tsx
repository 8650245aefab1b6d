import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { usePassport } from '../../api/passport-queries.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { QueryResult } from '../../components/QueryResult.tsx';
import { PassportEditor } from '../passport/PassportEditor.tsx';
import { PassportNotFound } from '../passport/PassportNotFound.tsx';
import { CaseConsentsSection } from '../privacy/CaseConsentsSection.tsx';

/** A person's passport as their case manager sees it: the same parts, plus confirming skills. */
export function CasePassportPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const passport = usePassport(id);
  const error = passport.error;
  // 404: not there, or not this organisation's (the server does not say which); 400: no id.
  if (error instanceof ApiError && (error.status === 404 || error.status === 400)) {
    return <PassportNotFound backTo="/caseload" backLabel={t('passport.notFound.toCaseload')} />;
  }
  return (
    <QueryResult query={passport}>
      {(p) => {
        const name = [p.personal.givenName, p.personal.familyName].filter(Boolean).join(' ');
        const title = t('caseload.passportTitle', { name: name || p.pseudonym });
        return (
          <>
            <Paragraph>
              <AppLink to="/caseload">{t('caseload.back')}</AppLink>
            </Paragraph>
            <PageHeading title={title}>{title}</PageHeading>
            <Paragraph appearance="lead">
              {p.hasAccount ? t('caseload.hasAccount') : t('caseload.noAccount')}
            </Paragraph>
            <Paragraph>
              <AppLink to={`/caseload/${p.id}/traject`}>
                {t('trajectory.page.toTrajectory')}
              </AppLink>
            </Paragraph>
            <Paragraph>
              <AppLink to={`/caseload/${p.id}/kansen`}>
                {t('matching.links.caseOpportunities', { name: name || p.pseudonym })}
              </AppLink>
            </Paragraph>
            <PassportEditor passport={p} printPath={`/caseload/${p.id}/afdrukken`} />
            <CaseConsentsSection personId={p.id} />
          </>
        );
      }}
    </QueryResult>
  );
}
