import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { useMatchProposals, useOpportunities } from '../../api/matching-queries.ts';
import { usePassport } from '../../api/passport-queries.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { QueryResult } from '../../components/QueryResult.tsx';
import { PassportNotFound } from '../passport/PassportNotFound.tsx';
import { OpportunitiesView } from './OpportunitiesView.tsx';
import { OtherProposals } from './ProposalStatus.tsx';
import { ProposeAction } from './ProposeAction.tsx';

/**
 * A caseload person's opportunities as their case manager sees them, with "Voorstellen aan
 * werkgever" per vacancy (only where the person's consent lets that employer see the passport),
 * the state of each proposal and "Voorstel intrekken"; proposals for vacancies not in the list
 * follow below it.
 */
export function CaseOpportunitiesPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const passport = usePassport(id);
  const opportunities = useOpportunities(id);
  const proposals = useMatchProposals(id);
  const error = passport.error;
  if (error instanceof ApiError && (error.status === 404 || error.status === 400)) {
    return <PassportNotFound backTo="/caseload" backLabel={t('passport.notFound.toCaseload')} />;
  }
  return (
    <QueryResult query={passport}>
      {(p) => {
        const name =
          [p.personal.givenName, p.personal.familyName].filter(Boolean).join(' ') || p.pseudonym;
        const title = t('matching.case.title', { name });
        return (
          <>
            <Paragraph>
              <AppLink to={`/caseload/${p.id}`}>{t('matching.case.back', { name })}</AppLink>
            </Paragraph>
            <PageHeading title={title}>{title}</PageHeading>
            <Paragraph appearance="lead">{t('matching.case.intro', { name })}</Paragraph>
            <QueryResult query={opportunities}>
              {(o) => {
                const all = proposals.data ?? [];
                const shown = new Set(o.vacancies.map((v) => v.vacancy.id));
                return (
                  <>
                    <OpportunitiesView
                      opportunities={o}
                      audience="other"
                      vacancyAction={(item) => (
                        <ProposeAction
                          personId={p.id}
                          personName={name}
                          item={item}
                          proposals={all.filter((x) => x.vacancyId === item.vacancy.id)}
                        />
                      )}
                    />
                    <OtherProposals
                      personId={p.id}
                      personName={name}
                      proposals={all.filter((x) => !shown.has(x.vacancyId))}
                    />
                  </>
                );
              }}
            </QueryResult>
          </>
        );
      }}
    </QueryResult>
  );
}
