import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { MyTrajectory } from '../../../../src/modules/trajectories/contracts.ts';
import { formatDate } from '../../components/format.ts';
import { PassportSection } from '../passport/PassportSection.tsx';

const STEPS = [1, 2, 3, 4, 5, 6, 7] as const;

/** Where the candidate stands: a sentence about the status, then the seven steps with "you are here". */
export function TrajectoryStatus({ mine }: { mine: MyTrajectory }) {
  const { t } = useTranslation();
  const step = mine.step;
  const stepTitle = step ? t(`privacy.steps.${step}.title`) : '';
  const now =
    mine.status === 'active' && step
      ? t('privacy.trajectory.status.active', { step, title: stepTitle })
      : mine.status === 'closed'
        ? t('privacy.trajectory.status.closed', { date: formatDate(mine.closedAt) })
        : mine.status === 'dropped_out'
          ? t('privacy.trajectory.status.dropped_out')
          : t(`privacy.trajectory.status.${mine.status}`);
  const team = mine.caseManager
    ? t('privacy.trajectory.caseManager', {
        name: mine.caseManager.name,
        organisation: mine.caseOrganisation.name,
      })
    : t('privacy.trajectory.caseOrganisation', { organisation: mine.caseOrganisation.name });
  return (
    <PassportSection id="where" title={t('privacy.trajectory.whereTitle')}>
      <Paragraph appearance="lead">{now}</Paragraph>
      <Paragraph>
        {team} {t('privacy.trajectory.since', { date: formatDate(mine.startedAt) })}
      </Paragraph>
      {mine.triageGroup && <Paragraph>{t(`privacy.triage.${mine.triageGroup}`)}</Paragraph>}
      <ol className="ov-steps" aria-label={t('privacy.trajectory.stepsLabel')}>
        {STEPS.map((n) => {
          const current = n === step && mine.status === 'active';
          return (
            <li
              key={n}
              className={current ? 'ov-steps__item ov-steps__item--current' : 'ov-steps__item'}
              aria-current={current ? 'step' : undefined}
            >
              <span className="ov-steps__title">
                {t('privacy.trajectory.stepNumber', { step: n })}: {t(`privacy.steps.${n}.title`)}
              </span>
              {current && (
                <span className="ov-steps__here">{t('privacy.trajectory.youAreHere')}</span>
              )}
              <Paragraph>{t(`privacy.steps.${n}.text`)}</Paragraph>
            </li>
          );
        })}
      </ol>
    </PassportSection>
  );
}
