import { Heading, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Opportunities } from '../../../../src/modules/matching/contracts.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { formatEuro } from '../../components/format.ts';
import { MatchExplanation, ReadinessBadge, ScoreLine, TrainingName } from './MatchExplanation.tsx';
import {
  occupationName,
  score,
  sectorName,
  skillName,
  vacancyMeta,
  type Audience,
} from './matching-labels.ts';

type OpportunityVacancy = Opportunities['vacancies'][number];
type OpportunityOccupation = Opportunities['occupations'][number];

const MAX_MISSING_SHOWN = 4;

/**
 * A person's opportunities, best first: opportunity occupations (a table) and vacancies (one
 * card each, with the explanation). `vacancyAction` adds what a case manager can do per vacancy.
 */
export function OpportunitiesView({
  opportunities,
  audience,
  vacancyAction,
}: {
  opportunities: Opportunities;
  audience: Audience;
  vacancyAction?: (item: OpportunityVacancy) => ReactNode;
}) {
  const { t } = useTranslation();
  const who = audience;
  return (
    <>
      <Heading level={2} id="occupations-title">
        {t(`matching.opportunities.occupationsTitle.${who}`)}
      </Heading>
      <Paragraph>{t(`matching.opportunities.occupationsIntro.${who}`)}</Paragraph>
      <OccupationsTable occupations={opportunities.occupations} audience={audience} />

      <Heading level={2} id="vacancies-title">
        {t(`matching.opportunities.vacanciesTitle.${who}`)}
      </Heading>
      <Paragraph>{t(`matching.opportunities.vacanciesIntro.${who}`)}</Paragraph>
      {opportunities.vacancies.length === 0 ? (
        <EmptyState>{t(`matching.opportunities.noVacancies.${who}`)}</EmptyState>
      ) : (
        <ol className="ov-match-list" aria-labelledby="vacancies-title">
          {opportunities.vacancies.map((item, i) => (
            <li key={item.vacancy.id}>
              <VacancyCard item={item} rank={i + 1} audience={audience} action={vacancyAction} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

function OccupationsTable({
  occupations,
  audience,
}: {
  occupations: OpportunityOccupation[];
  audience: Audience;
}) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={t(`matching.opportunities.occupationsCaption.${audience}`)}
      rows={occupations}
      rowKey={(o) => String(o.occupation.id)}
      empty={t(`matching.opportunities.noOccupations.${audience}`)}
      columns={[
        {
          header: t('matching.columns.occupation'),
          cell: (o) => occupationName(o.occupation),
          rowHeader: true,
        },
        { header: t('matching.columns.sector'), cell: (o) => sectorName(o.occupation.sector, t) },
        {
          header: t('matching.columns.score'),
          cell: (o) => t('matching.score.value', { score: score(o.score) }),
          numeric: true,
        },
        {
          header: t('matching.columns.readiness'),
          cell: (o) => <ReadinessBadge readiness={o.readiness} weeks={o.trainingWeeks} />,
        },
        {
          header: t('matching.columns.openPositions'),
          cell: (o) => (
            <>
              {o.openPositions}
              {o.shortage && (
                <>
                  {' '}
                  <span className="ov-match-note">({t('matching.opportunities.shortage')})</span>
                </>
              )}
            </>
          ),
          numeric: true,
        },
        {
          header: t('matching.columns.missing'),
          cell: (o) =>
            o.missingEssential.length === 0 ? (
              t('matching.opportunities.nothingMissing')
            ) : (
              <>
                {o.missingEssential
                  .slice(0, MAX_MISSING_SHOWN)
                  .map((s) => skillName(s))
                  .join(', ')}
                {o.missingEssential.length > MAX_MISSING_SHOWN &&
                  ` ${t('matching.opportunities.andMore', {
                    count: o.missingEssential.length - MAX_MISSING_SHOWN,
                  })}`}
              </>
            ),
        },
        {
          header: t('matching.columns.training'),
          cell: (o) =>
            o.trainingPlan.trainings.length === 0 ? (
              '–'
            ) : (
              <>
                <ul className="ov-match-compact-list">
                  {o.trainingPlan.trainings.map((training) => (
                    <li key={training.id}>
                      <TrainingName training={training} />
                    </li>
                  ))}
                </ul>
                {o.trainingPlan.trainings.length > 1 &&
                  t('matching.plan.total', {
                    count: o.trainingPlan.totalWeeks,
                    cost: formatEuro(o.trainingPlan.totalCostEur),
                  })}
              </>
            ),
        },
      ]}
    />
  );
}

function VacancyCard({
  item,
  rank,
  audience,
  action,
}: {
  item: OpportunityVacancy;
  rank: number;
  audience: Audience;
  action: ((item: OpportunityVacancy) => ReactNode) | undefined;
}) {
  const { t } = useTranslation();
  const { vacancy, explanation } = item;
  const titleId = `vacancy-${vacancy.id}-title`;
  return (
    <article className="ov-match-card" aria-labelledby={titleId}>
      <Heading level={3} id={titleId}>
        <span className="ov-match-rank">{t('matching.rank', { rank })}</span>{' '}
        <AppLink to={`/vacatures/${vacancy.id}`}>{vacancy.title}</AppLink>
      </Heading>
      <Paragraph className="ov-match-meta">{vacancyMeta(vacancy, t)}</Paragraph>
      <ScoreLine value={explanation.score} label={t('matching.score.label')} />
      <Paragraph>
        <ReadinessBadge readiness={explanation.readiness} weeks={explanation.trainingWeeks} />
      </Paragraph>
      <MatchExplanation
        explanation={explanation}
        audience={audience}
        idPrefix={`vacancy-${vacancy.id}`}
      />
      {action?.(item)}
    </article>
  );
}
