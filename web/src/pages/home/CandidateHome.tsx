import {
  Heading,
  LinkList,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useMyPassport } from '../../api/passport-queries.ts';
import { useCurrentUser } from '../../app/current-user.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { QueryResult } from '../../components/QueryResult.tsx';
import { CaseOrganisationChoice } from '../invitation/CaseOrganisationChoice.tsx';
import { NavLinkItem } from '../parts/NavLinkItem.tsx';
import { CandidateTrajectorySummary, PrivacyLink } from '../privacy/CandidateTrajectorySummary.tsx';

/** A warm welcome in plain language: where the passport stands, or honestly that it is empty. */
export function CandidateHome() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const mine = useMyPassport();
  const firstName = me.name.split(' ')[0] ?? me.name;
  const title = t('home.candidate.title', { name: firstName });
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <Paragraph appearance="lead">{t('home.candidate.intro')}</Paragraph>
      <Heading level={2}>{t('home.candidate.whatTitle')}</Heading>
      <UnorderedList>
        <UnorderedListItem>{t('home.candidate.passport')}</UnorderedListItem>
        <UnorderedListItem>{t('home.candidate.opportunities')}</UnorderedListItem>
        <UnorderedListItem>{t('home.candidate.trajectory')}</UnorderedListItem>
      </UnorderedList>
      <Heading level={2}>{t('home.candidate.nowTitle')}</Heading>
      <QueryResult query={mine}>
        {(passport) =>
          passport ? (
            <>
              <Paragraph>
                {t('home.candidate.passportStatus', {
                  jobs: passport.workHistory.length,
                  skills: passport.skills.length,
                })}
              </Paragraph>
              <LinkList>
                <NavLinkItem to="/paspoort">{t('home.candidate.toPassport')}</NavLinkItem>
                <NavLinkItem to="/kansen">{t('matching.links.homeCandidate')}</NavLinkItem>
              </LinkList>
              <CaseOrganisationChoice
                personId={passport.id}
                current={passport.caseOrganisationId}
              />
            </>
          ) : (
            <EmptyState>{t('home.candidate.now')}</EmptyState>
          )
        }
      </QueryResult>
      {mine.data === null && (
        <LinkList>
          <NavLinkItem to="/paspoort">{t('home.candidate.startPassport')}</NavLinkItem>
        </LinkList>
      )}
      <CandidateTrajectorySummary />
      <LinkList>
        <NavLinkItem to="/uitnodiging">{t('offers.invitation.haveCode')}</NavLinkItem>
      </LinkList>
      <Paragraph>{t('home.candidate.privacy')}</Paragraph>
      <PrivacyLink />
    </>
  );
}
