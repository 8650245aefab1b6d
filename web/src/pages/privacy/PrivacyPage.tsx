import {
  Heading,
  LinkList,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useConsents } from '../../api/privacy-queries.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { QueryResult } from '../../components/QueryResult.tsx';
import { PassportSection } from '../passport/PassportSection.tsx';
import { NavLinkItem } from '../parts/NavLinkItem.tsx';
import { ConsentHistoryTable } from './ConsentHistoryTable.tsx';
import { ConsentsPanel } from './ConsentsPanel.tsx';
import './privacy.css';
import { WithMyPerson } from './WithMyPerson.tsx';

function History({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const consents = useConsents(personId);
  return (
    <PassportSection
      id="history"
      title={t('privacy.history.title')}
      intro={<Paragraph>{t('privacy.history.intro')}</Paragraph>}
    >
      <QueryResult query={consents}>
        {(list) => <ConsentHistoryTable consents={list} />}
      </QueryResult>
    </PassportSection>
  );
}

/** 'Privacy en toestemming': what is shared with whom, grant and withdraw, and the history. */
export function PrivacyPage() {
  const { t } = useTranslation();
  const title = t('privacy.page.title');
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <Paragraph appearance="lead">{t('privacy.page.intro')}</Paragraph>
      <Heading level={2}>{t('privacy.page.withoutTitle')}</Heading>
      <Paragraph>{t('privacy.page.withoutIntro')}</Paragraph>
      <UnorderedList>
        <UnorderedListItem>{t('privacy.page.without.pseudonym')}</UnorderedListItem>
        <UnorderedListItem>{t('privacy.page.without.skills')}</UnorderedListItem>
        <UnorderedListItem>{t('privacy.page.without.not')}</UnorderedListItem>
      </UnorderedList>
      <Paragraph>{t('privacy.page.caseTeam')}</Paragraph>
      <LinkList>
        <NavLinkItem to="/privacy/inzage">{t('privacy.accessLog.title')}</NavLinkItem>
        <NavLinkItem to="/privacy/mijn-gegevens">{t('privacy.myData.title')}</NavLinkItem>
      </LinkList>
      <WithMyPerson empty={t('privacy.noPerson.consents')}>
        {(person) => (
          <>
            <ConsentsPanel personId={person.id} audience="candidate" headingLevel={2} />
            <History personId={person.id} />
          </>
        )}
      </WithMyPerson>
    </>
  );
}
