import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { DownloadData } from './DownloadData.tsx';
import { EraseData } from './EraseData.tsx';
import './privacy.css';
import { WithMyPerson } from './WithMyPerson.tsx';

/** 'Mijn gegevens': download everything as a file, or have it erased. */
export function MyDataPage() {
  const { t } = useTranslation();
  const title = t('privacy.myData.title');
  return (
    <>
      <Paragraph>
        <AppLink to="/privacy">{t('privacy.backToPrivacy')}</AppLink>
      </Paragraph>
      <PageHeading title={title}>{title}</PageHeading>
      <Paragraph appearance="lead">{t('privacy.myData.intro')}</Paragraph>
      <WithMyPerson empty={t('privacy.noPerson.myData')}>
        {(person) => (
          <>
            <DownloadData personId={person.id} />
            <EraseData personId={person.id} />
          </>
        )}
      </WithMyPerson>
    </>
  );
}
