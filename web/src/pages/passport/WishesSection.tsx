import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Passport } from '../../../../src/modules/people/contracts.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { PassportSection } from './PassportSection.tsx';
import { WishesFacts } from './WishesFacts.tsx';
import { WishesForm } from './WishesForm.tsx';

export function WishesSection({ passport }: { passport: Passport }) {
  const { t } = useTranslation();
  return (
    <PassportSection
      id="wishes"
      title={t('passport.wishes.title')}
      intro={<Paragraph>{t('passport.wishes.intro')}</Paragraph>}
    >
      {passport.permissions.edit ? (
        <WishesForm passport={passport} />
      ) : passport.wishes ? (
        <WishesFacts wishes={passport.wishes} />
      ) : (
        <EmptyState>{t('passport.wishes.empty')}</EmptyState>
      )}
    </PassportSection>
  );
}
