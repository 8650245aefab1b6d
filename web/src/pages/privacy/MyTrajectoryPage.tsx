import { LinkList, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { MyTrajectory } from '../../../../src/modules/trajectories/contracts.ts';
import { useMyTrajectory } from '../../api/privacy-queries.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { QueryResult } from '../../components/QueryResult.tsx';
import { NavLinkItem } from '../parts/NavLinkItem.tsx';
import { NoTrajectory } from './NoTrajectory.tsx';
import './privacy.css';
import { TrajectoryActivities } from './TrajectoryActivities.tsx';
import { TrajectoryAppointments } from './TrajectoryAppointments.tsx';
import { TrajectoryPlan } from './TrajectoryPlan.tsx';
import { TrajectoryStatus } from './TrajectoryStatus.tsx';
import { TrajectoryWork } from './TrajectoryWork.tsx';
import { WithMyPerson } from './WithMyPerson.tsx';

function Trajectory({ mine }: { mine: MyTrajectory }) {
  const { t } = useTranslation();
  return (
    <>
      <TrajectoryStatus mine={mine} />
      <TrajectoryAppointments appointments={mine.nextAppointments} />
      <TrajectoryPlan goals={mine.goals} />
      <TrajectoryActivities referrals={mine.referrals} trainings={mine.trainings} />
      {(mine.placements.length > 0 || mine.outcome) && <TrajectoryWork mine={mine} />}
      <Paragraph className="ov-hint">{t('privacy.trajectory.privacyNote')}</Paragraph>
      <LinkList>
        <NavLinkItem to="/privacy">{t('privacy.trajectory.toPrivacy')}</NavLinkItem>
        <NavLinkItem to="/privacy/mijn-gegevens">{t('privacy.myData.title')}</NavLinkItem>
      </LinkList>
    </>
  );
}

/** 'Mijn traject': where the candidate stands in the chain, the plan, appointments and offers. */
export function MyTrajectoryPage() {
  const { t } = useTranslation();
  const title = t('privacy.trajectory.title');
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <WithMyPerson empty={t('privacy.noPerson.trajectory')}>
        {(person) => (
          <MyTrajectoryOf personId={person.id} hasCaseTeam={!!person.caseOrganisationId} />
        )}
      </WithMyPerson>
    </>
  );
}

function MyTrajectoryOf({ personId, hasCaseTeam }: { personId: string; hasCaseTeam: boolean }) {
  const mine = useMyTrajectory(personId);
  return (
    <QueryResult query={mine}>
      {(trajectory) =>
        trajectory ? (
          <Trajectory mine={trajectory} />
        ) : (
          <NoTrajectory personId={personId} hasCaseTeam={hasCaseTeam} />
        )
      }
    </QueryResult>
  );
}
