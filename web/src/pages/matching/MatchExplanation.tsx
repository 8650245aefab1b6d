import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type {
  ExplanationView,
  TrainingPlanView,
  TrainingRef,
} from '../../../../src/modules/matching/contracts.ts';
import { mayOpen } from '../../app/access.ts';
import { useCurrentUser } from '../../app/current-user.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { formatEuro } from '../../components/format.ts';
import {
  exclusionText,
  readinessText,
  score,
  skillName,
  type Audience,
} from './matching-labels.ts';

/** Matched skills named at once; the rest sit behind "all skills that fit". */
const HIGHLIGHTED = 4;

/** The score out of 100 as words, with a bar for the eye (the words carry the meaning). */
export function ScoreLine({ value, label }: { value: number; label: string }) {
  const { t } = useTranslation();
  return (
    <div className="ov-match-score">
      <span className="ov-match-score__text">
        {label}: <strong>{t('matching.score.value', { score: score(value) })}</strong>
      </span>
      <span className="ov-match-score__bar" aria-hidden="true">
        <span style={{ inlineSize: `${Math.max(2, Math.min(100, value))}%` }} />
      </span>
    </div>
  );
}

export function ReadinessBadge({
  readiness,
  weeks,
}: {
  readiness: ExplanationView['readiness'];
  weeks: number;
}) {
  const { t } = useTranslation();
  return (
    <span className={`ov-match-readiness ov-match-readiness--${readiness}`}>
      {readinessText(readiness, weeks, t)}
    </span>
  );
}

/** A training of the catalogue: a link where the reader may open the catalogue. */
export function TrainingName({ training }: { training: TrainingRef }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const facts = t('matching.training.facts', {
    count: training.weeks,
    cost: formatEuro(training.costEur),
  });
  return (
    <>
      {mayOpen(me.role, 'catalogue') ? (
        <AppLink to={`/aanbod/opleidingen/${training.id}`}>{training.name}</AppLink>
      ) : (
        training.name
      )}{' '}
      ({facts})
    </>
  );
}

export function TrainingPlan({ plan }: { plan: TrainingPlanView }) {
  const { t } = useTranslation();
  if (plan.trainings.length === 0) return null;
  return (
    <div className="ov-match-plan">
      <Paragraph>
        <strong>{t('matching.plan.title')}</strong>{' '}
        {t('matching.plan.total', {
          count: plan.totalWeeks,
          cost: formatEuro(plan.totalCostEur),
        })}
      </Paragraph>
      <ol>
        {plan.trainings.map((training) => (
          <li key={training.id}>
            <TrainingName training={training} />
          </li>
        ))}
      </ol>
    </div>
  );
}

/**
 * Why a person and a vacancy fit, in plain words: the skills that match (exactly, or through a
 * related skill at partial credit), what is still missing and how to learn it (on the job, or a
 * training of the catalogue), what cannot be learned now, and the wish that rules it out.
 */
export function MatchExplanation({
  explanation: e,
  audience,
  idPrefix,
  level = 4,
}: {
  explanation: ExplanationView;
  audience: Audience;
  idPrefix: string;
  /** The level of its sub-headings: one below the heading that names the pair. */
  level?: 3 | 4;
}) {
  const { t } = useTranslation();
  const who = audience;
  const essentialMatched = e.matched.filter((m) => m.importance === 'essential');
  const essential = essentialMatched.length;
  const exact = essentialMatched.filter((m) => m.kind === 'exact').length;
  const onTheJob = e.learnable.filter((l) => l.route === 'on-the-job' || l.trainings.length === 0);
  const viaTraining = e.learnable.filter((l) => !onTheJob.includes(l));
  const required =
    essential + e.learnable.filter((l) => l.importance === 'essential').length + e.blocking.length;
  return (
    <div className="ov-match-explanation">
      {e.excludedBy && (
        <Paragraph className="ov-match-excluded">
          <strong>{t(`matching.excluded.title.${who}`)}</strong>{' '}
          {exclusionText(e.excludedBy, audience, t)}
        </Paragraph>
      )}
      <Heading level={level} className="ov-match-subheading" id={`${idPrefix}-fits`}>
        {t(`matching.explain.fitsTitle.${who}`)}
      </Heading>
      {e.matched.length === 0 ? (
        <Paragraph>{t(`matching.explain.noneMatched.${who}`)}</Paragraph>
      ) : (
        <>
          <Paragraph>
            {t(`matching.explain.coverage.${who}`, { count: required, held: exact })}
            {essential > exact &&
              ` ${t(`matching.explain.coverageRelated.${who}`, { count: essential - exact })}`}
          </Paragraph>
          <Paragraph>
            {t('matching.explain.forInstance', {
              skills: e.matched
                .slice(0, HIGHLIGHTED)
                .map((m) => skillName(m.skill))
                .join(', '),
            })}
          </Paragraph>
          <details className="ov-match-details">
            <summary>{t('matching.explain.allMatched', { count: e.matched.length })}</summary>
            <ul aria-labelledby={`${idPrefix}-fits`}>
              {e.matched.map((m) => (
                <li key={`${m.skill.id}-${m.via.id}`}>
                  {skillName(m.skill)}
                  {m.importance === 'essential' && (
                    <span className="ov-match-note"> ({t('matching.explain.essential')})</span>
                  )}
                  {m.kind === 'related' && (
                    <span className="ov-match-note">
                      {' '}
                      — {t(`matching.explain.related.${who}`, { via: skillName(m.via) })}
                    </span>
                  )}
                  {m.candidateLevel < m.minLevel && (
                    <span className="ov-match-note">
                      {' '}
                      —{' '}
                      {t('matching.explain.level', {
                        held: t(`skillLevels.${m.candidateLevel}`),
                        asked: t(`skillLevels.${m.minLevel}`),
                      })}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
      {(e.learnable.length > 0 || e.blocking.length > 0 || e.optionalWithoutRoute.length > 0) && (
        <>
          <Heading level={level} className="ov-match-subheading" id={`${idPrefix}-gap`}>
            {t(`matching.explain.gapTitle.${who}`)}
          </Heading>
          <ul aria-labelledby={`${idPrefix}-gap`}>
            {onTheJob.length > 0 && (
              <li>
                {t(`matching.explain.onTheJobList.${who}`, {
                  skills: onTheJob.map((l) => skillName(l.skill)).join(', '),
                })}
              </li>
            )}
            {viaTraining.map((l) => (
              <li key={l.skill.id}>
                {skillName(l.skill)}
                {l.importance === 'optional' && (
                  <span className="ov-match-note"> ({t('matching.explain.optional')})</span>
                )}
                {' — '}
                {t('matching.explain.viaTraining')}{' '}
                {l.trainings.map((training, i) => (
                  <span key={training.id}>
                    {i > 0 && ` ${t('matching.explain.or')} `}
                    <TrainingName training={training} />
                  </span>
                ))}
              </li>
            ))}
            {e.blocking.length > 0 && (
              <li>
                <strong>{t('matching.explain.blockingList')}</strong>{' '}
                {e.blocking.map((skill) => skillName(skill)).join(', ')}
              </li>
            )}
            {e.optionalWithoutRoute.length > 0 && (
              <li>
                {t('matching.explain.noRouteList', {
                  skills: e.optionalWithoutRoute.map((skill) => skillName(skill)).join(', '),
                })}
              </li>
            )}
          </ul>
        </>
      )}
      <TrainingPlan plan={e.trainingPlan} />
    </div>
  );
}
