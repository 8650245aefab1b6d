import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { TrajectoryView } from '../../../../src/modules/trajectories/contracts.ts';
import { FactList } from '../../components/FactList.tsx';
import { formatDate } from '../../components/format.ts';
import { label, stepLabel } from './labels.ts';

const steps = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * The seven steps as an ordered list: the current one marked with aria-current="step", the ones
 * passed through marked in words too (not by colour alone).
 */
export function ChainProgress({ view }: { view: TrajectoryView }) {
  const { t } = useTranslation();
  const visited = new Set(view.transitions.map((x) => x.toStep).filter((s) => s !== null));
  const current = view.status === 'active' ? view.step : null;
  return (
    <section aria-labelledby="chain-title">
      <Heading level={2} id="chain-title">
        {t('trajectory.chain.title')}
      </Heading>
      <FactList
        facts={[
          [t('trajectory.chain.status'), label(t, 'statuses', view.status)],
          [
            t('trajectory.chain.currentStep'),
            view.step === null
              ? t('trajectory.chain.noStepYet')
              : view.status === 'active'
                ? stepLabel(t, view.step)
                : view.status === 'closed'
                  ? t('trajectory.chain.closedAt', { step: stepLabel(t, view.step) })
                  : t('trajectory.chain.leftAt', { step: stepLabel(t, view.step) }),
          ],
          [
            t('trajectory.chain.triage'),
            view.triageGroup === null
              ? t('trajectory.chain.notTriaged')
              : label(t, 'triageGroups', view.triageGroup),
          ],
          [t('trajectory.chain.started'), formatDate(view.startedAt)],
          [t('trajectory.chain.caseManager'), view.caseManager?.name ?? '–'],
          [
            t('trajectory.chain.outcome'),
            view.outcome
              ? label(t, 'outcomes', view.outcome.outcome)
              : t('trajectory.chain.noOutcome'),
          ],
        ]}
      />
      {view.status === 'closed' && (
        <Paragraph>
          {t('trajectory.chain.closedOn', {
            date: formatDate(view.closedAt),
            reason: label(t, 'closureReasons', view.closureReason),
          })}
        </Paragraph>
      )}
      <ol className="ov-chain" aria-label={t('trajectory.chain.listLabel')}>
        {steps.map((step) => {
          const isCurrent = current === step;
          const done = !isCurrent && visited.has(step);
          return (
            <li
              key={step}
              aria-current={isCurrent ? 'step' : undefined}
              className={[
                'ov-chain__step',
                isCurrent ? 'ov-chain__step--current' : '',
                done ? 'ov-chain__step--done' : '',
              ].join(' ')}
            >
              <span className="ov-chain__number">{t('trajectory.chain.step', { n: step })}</span>
              {label(t, 'steps', step)}
              <span className="ov-chain__state">
                {isCurrent
                  ? t('trajectory.chain.here')
                  : done
                    ? t('trajectory.chain.passed')
                    : t('trajectory.chain.notYet')}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
