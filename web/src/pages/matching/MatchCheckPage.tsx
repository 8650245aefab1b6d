import { Heading, LinkList, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMatchExplanation } from '../../api/matching-queries.ts';
import { useMyPassport } from '../../api/passport-queries.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { QueryResult } from '../../components/QueryResult.tsx';
import { NavLinkItem } from '../parts/NavLinkItem.tsx';
import { MatchExplanation, ReadinessBadge, ScoreLine } from './MatchExplanation.tsx';
import { vacancyMeta } from './matching-labels.ts';

/**
 * "Past deze vacature bij mij?": one vacancy against the candidate's own passport, also when it
 * is not among their opportunities — then it says which wish or condition rules it out.
 */
export function MatchCheckPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const mine = useMyPassport();
  const pair = useMatchExplanation(mine.data?.id ?? null, id);
  const title = t('matching.check.title');
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <QueryResult query={mine}>
        {(passport) =>
          passport === null ? (
            <EmptyState
              action={
                <LinkList>
                  <NavLinkItem to="/paspoort">{t('matching.mine.startPassport')}</NavLinkItem>
                </LinkList>
              }
            >
              {t('matching.mine.noPassport')}
            </EmptyState>
          ) : (
            <QueryResult query={pair}>
              {({ vacancy, explanation }) => (
                <>
                  <Heading level={2}>
                    <AppLink to={`/vacatures/${vacancy.id}`}>{vacancy.title}</AppLink>
                  </Heading>
                  <Paragraph className="ov-match-meta">{vacancyMeta(vacancy, t)}</Paragraph>
                  <ScoreLine value={explanation.score} label={t('matching.score.label')} />
                  <Paragraph>
                    <ReadinessBadge
                      readiness={explanation.readiness}
                      weeks={explanation.trainingWeeks}
                    />
                  </Paragraph>
                  <MatchExplanation
                    explanation={explanation}
                    audience="self"
                    idPrefix="check"
                    level={3}
                  />
                </>
              )}
            </QueryResult>
          )
        }
      </QueryResult>
      <Paragraph>
        <AppLink to="/kansen">{t('matching.check.toOpportunities')}</AppLink>
      </Paragraph>
    </>
  );
}
