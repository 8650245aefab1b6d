import { LinkList, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useProposalsAwaiting } from '../../api/matching-queries.ts';
import { useCurrentUser } from '../../app/current-user.ts';
import { NavLinkItem } from '../parts/NavLinkItem.tsx';

/**
 * On an employer's home: how many candidates case managers proposed for its open vacancies still
 * wait for an answer, with a link per vacancy. Says nothing when none wait (or the count failed:
 * the vacancy pages show the proposals anyway).
 */
export function ProposalsAwaitingNotice() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const awaiting = useProposalsAwaiting(me.role === 'employer');
  const data = awaiting.data;
  if (!data || data.total === 0) return null;
  return (
    <section aria-labelledby="proposals-awaiting-title" className="ov-match-awaiting">
      <Paragraph id="proposals-awaiting-title">
        <strong>{t('matching.home.awaiting', { count: data.total })}</strong>
      </Paragraph>
      <LinkList>
        {data.vacancies.map((v) => (
          <NavLinkItem key={v.vacancyId} to={`/vacatures/${v.vacancyId}/kandidaten`}>
            {t('matching.home.toVacancy', { title: v.title, count: v.awaitingAnswer })}
          </NavLinkItem>
        ))}
      </LinkList>
    </section>
  );
}
