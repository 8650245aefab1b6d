import { LinkList, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useOpportunities } from '../../api/matching-queries.ts';
import { useMyPassport } from '../../api/passport-queries.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { QueryResult } from '../../components/QueryResult.tsx';
import { NavLinkItem } from '../parts/NavLinkItem.tsx';
import { OpportunitiesView } from './OpportunitiesView.tsx';

/** "Kansen voor mij": the candidate's opportunity occupations and vacancies, explained. */
export function MyOpportunitiesPage() {
  const { t } = useTranslation();
  const mine = useMyPassport();
  const opportunities = useOpportunities(mine.data?.id ?? null);
  const title = t('matching.mine.title');
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <Paragraph appearance="lead">{t('matching.mine.intro')}</Paragraph>
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
            <QueryResult query={opportunities}>
              {(o) => (
                <>
                  {passport.skills.length === 0 && (
                    <Paragraph>{t('matching.mine.fewSkills')}</Paragraph>
                  )}
                  <OpportunitiesView opportunities={o} audience="self" />
                  <Paragraph>{t('matching.mine.howScored')}</Paragraph>
                  <LinkList>
                    <NavLinkItem to="/paspoort">{t('matching.mine.toPassport')}</NavLinkItem>
                  </LinkList>
                </>
              )}
            </QueryResult>
          )
        }
      </QueryResult>
    </>
  );
}
