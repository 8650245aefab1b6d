import { Heading, LinkList, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AcceptedInvitation } from '../../../../src/modules/vacancies/invitation-contracts.ts';
import { useMyPassport } from '../../api/passport-queries.ts';
import { QueryResult } from '../../components/QueryResult.tsx';
import { NavLinkItem } from '../parts/NavLinkItem.tsx';
import { CaseOrganisationChoice } from './CaseOrganisationChoice.tsx';

/** Done: what the employer sees now, who guides the person, and where to go next. */
export function AcceptedView({ accepted }: { accepted: AcceptedInvitation }) {
  const { t } = useTranslation();
  const passport = useMyPassport();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const employer = accepted.employer.name;
  const shared = [
    accepted.sharing.progress ? t('offers.invitation.sharedProgress') : null,
    accepted.sharing.passport ? t('offers.invitation.sharedPassport') : null,
  ].filter((s): s is string => s !== null);
  return (
    <>
      <Heading level={2} ref={headingRef} tabIndex={-1} className="ov-focus-target">
        {t('offers.invitation.acceptedTitle')}
      </Heading>
      <Paragraph>
        {shared.length > 0
          ? t('offers.invitation.acceptedShared', { employer, what: shared.join(', ') })
          : t('offers.invitation.acceptedNothing', { employer })}
      </Paragraph>
      {accepted.accountCreated && <Paragraph>{t('offers.invitation.accountMade')}</Paragraph>}
      <QueryResult query={passport}>
        {(mine) =>
          mine ? (
            <CaseOrganisationChoice personId={mine.id} current={mine.caseOrganisationId} />
          ) : null
        }
      </QueryResult>
      <LinkList>
        <NavLinkItem to="/paspoort">{t('offers.invitation.toPassport')}</NavLinkItem>
        <NavLinkItem to="/">{t('offers.invitation.toHome')}</NavLinkItem>
      </LinkList>
    </>
  );
}
