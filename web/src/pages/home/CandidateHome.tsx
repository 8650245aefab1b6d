import {
  Heading,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/current-user.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';

/** A warm welcome in plain language, and honestly: nothing has been set up for you yet. */
export function CandidateHome() {
  const { t } = useTranslation();
  const me = useCurrentUser();
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
      <EmptyState>{t('home.candidate.now')}</EmptyState>
      <Paragraph>{t('home.candidate.privacy')}</Paragraph>
    </>
  );
}
