import { LinkList } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Passport } from '../../../../src/modules/people/contracts.ts';
import { useMyPassport } from '../../api/passport-queries.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { QueryResult } from '../../components/QueryResult.tsx';
import { NavLinkItem } from '../parts/NavLinkItem.tsx';

/**
 * The candidate's own person (their passport): trajectory, consents and data rights all hang on
 * it. Without a passport there is nothing yet; the candidate is told where to begin.
 */
export function WithMyPerson({
  empty,
  children,
}: {
  /** What there is not yet, said in this page's words. */
  empty: string;
  children: (person: Passport) => ReactNode;
}) {
  const { t } = useTranslation();
  const mine = useMyPassport();
  return (
    <QueryResult query={mine}>
      {(passport) =>
        passport ? (
          children(passport)
        ) : (
          <EmptyState
            action={
              <LinkList>
                <NavLinkItem to="/paspoort">{t('privacy.noPerson.toPassport')}</NavLinkItem>
              </LinkList>
            }
          >
            {empty}
          </EmptyState>
        )
      }
    </QueryResult>
  );
}
