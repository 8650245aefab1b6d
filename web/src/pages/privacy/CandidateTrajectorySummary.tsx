import { Heading, LinkList, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { MyTrajectory } from '../../../../src/modules/trajectories/contracts.ts';
import { useMyPassport } from '../../api/passport-queries.ts';
import { useMyTrajectory } from '../../api/privacy-queries.ts';
import { formatDate, formatDateTime } from '../../components/format.ts';
import { QueryResult } from '../../components/QueryResult.tsx';
import { NavLinkItem } from '../parts/NavLinkItem.tsx';
import { codeLabel } from './privacy-labels.ts';

function Summary({ mine }: { mine: MyTrajectory }) {
  const { t } = useTranslation();
  const next = mine.nextAppointments[0];
  const openGoals = mine.goals.filter((g) => g.status === 'open');
  const nextDue = openGoals.map((g) => g.dueOn).sort()[0];
  return (
    <>
      <Paragraph>
        {mine.status === 'active' && mine.step
          ? t('privacy.home.step', {
              step: mine.step,
              title: t(`privacy.steps.${mine.step}.title`),
            })
          : t(`privacy.home.status.${mine.status}`)}
      </Paragraph>
      <Paragraph>
        {next
          ? t('privacy.home.nextAppointment', {
              what: next.title ?? codeLabel(t, 'appointmentKinds', next.kind),
              when: formatDateTime(next.startsAt),
            })
          : t('privacy.home.noAppointment')}
      </Paragraph>
      {openGoals.length > 0 && (
        <Paragraph>
          {t('privacy.home.goals', { count: openGoals.length, date: formatDate(nextDue) })}
        </Paragraph>
      )}
    </>
  );
}

function SummaryOf({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const mine = useMyTrajectory(personId);
  return (
    <QueryResult query={mine}>
      {(trajectory) =>
        trajectory ? <Summary mine={trajectory} /> : <Paragraph>{t('privacy.home.none')}</Paragraph>
      }
    </QueryResult>
  );
}

/** On the candidate's home: where the trajectory stands, and the way to 'Mijn traject'. */
export function CandidateTrajectorySummary() {
  const { t } = useTranslation();
  const passport = useMyPassport().data;
  if (!passport) return null;
  return (
    <>
      <Heading level={2}>{t('privacy.home.title')}</Heading>
      <SummaryOf personId={passport.id} />
      <LinkList>
        <NavLinkItem to="/mijn-traject">{t('privacy.home.toTrajectory')}</NavLinkItem>
      </LinkList>
    </>
  );
}

/** On the candidate's home: the way to the privacy page. */
export function PrivacyLink() {
  const { t } = useTranslation();
  return (
    <LinkList>
      <NavLinkItem to="/privacy">{t('privacy.home.toPrivacy')}</NavLinkItem>
    </LinkList>
  );
}
