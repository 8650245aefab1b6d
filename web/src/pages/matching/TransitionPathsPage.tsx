import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { TransitionPaths } from '../../../../src/modules/matching/contracts.ts';
import { useTransitionPaths } from '../../api/matching-queries.ts';
import { ConceptAutocomplete } from '../../components/ConceptAutocomplete.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { formatEuro } from '../../components/format.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { QueryResult } from '../../components/QueryResult.tsx';
import { TrainingName } from './MatchExplanation.tsx';
import { occupationName, percent, sectorName, skillName } from './matching-labels.ts';
import { TransitionDiagram } from './TransitionDiagram.tsx';

type Path = TransitionPaths['paths'][number];

const MAX_MISSING_SHOWN = 6;

/** The occupation chosen lives in the address (?van=id), so a result can be shared and reloaded. */
function useChosenOccupation(): [number | null, (id: number) => void] {
  const [params, setParams] = useSearchParams();
  const raw = Number(params.get('van'));
  const id = Number.isInteger(raw) && raw > 0 ? raw : null;
  return [id, (next) => setParams({ van: String(next) }, { replace: false })];
}

/**
 * "Overstappaden": for an occupation that is disappearing, the occupations its skills lead to
 * (across sectors), how much of each target's essential skills it already covers, and what is
 * missing with the trainings of the region that teach it. A diagram, and the same as a table.
 */
export function TransitionPathsPage() {
  const { t } = useTranslation();
  const [fromId, choose] = useChosenOccupation();
  const [text, setText] = useState('');
  const paths = useTransitionPaths(fromId);
  const title = t('matching.paths.title');
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <Paragraph appearance="lead">{t('matching.paths.intro')}</Paragraph>
      <div className="ov-match-picker">
        <ConceptAutocomplete
          id="fromOccupation"
          label={t('matching.paths.fromLabel')}
          description={t('matching.paths.fromHint')}
          source="occupations"
          value={text}
          onValueChange={setText}
          onSelect={(hit) => choose(hit.id)}
        />
      </div>
      {fromId !== null && (
        <QueryResult query={paths}>{(result) => <PathsResult result={result} />}</QueryResult>
      )}
    </>
  );
}

function PathsResult({ result }: { result: TransitionPaths }) {
  const { t } = useTranslation();
  const from = occupationName(result.from);
  return (
    <section aria-labelledby="paths-result-title">
      <Heading level={2} id="paths-result-title" tabIndex={-1}>
        {t('matching.paths.resultTitle', { occupation: from })}
      </Heading>
      <Paragraph>
        {t('matching.paths.resultIntro', {
          count: result.paths.length,
          sector: sectorName(result.from.sector, t),
        })}
      </Paragraph>
      {result.paths.length > 0 && <TransitionDiagram result={result} />}
      <DataTable
        caption={t('matching.paths.caption', { occupation: from })}
        rows={result.paths}
        rowKey={(p) => String(p.to.id)}
        empty={t('matching.paths.none')}
        columns={[
          {
            header: t('matching.paths.columns.to'),
            cell: (p) => occupationName(p.to),
            rowHeader: true,
          },
          { header: t('matching.columns.sector'), cell: (p) => sectorName(p.to.sector, t) },
          {
            header: t('matching.paths.columns.coverage'),
            cell: (p) => percent(p.essentialCoverage),
            numeric: true,
          },
          {
            header: t('matching.paths.columns.exact'),
            cell: (p) => percent(p.exactShare),
            numeric: true,
          },
          { header: t('matching.paths.columns.missing'), cell: (p) => <MissingSkills path={p} /> },
          {
            header: t('matching.paths.columns.plan'),
            cell: (p) =>
              p.trainingPlan.trainings.length === 0
                ? p.missing.length === 0
                  ? t('matching.paths.noTrainingNeeded')
                  : '–'
                : t('matching.plan.total', {
                    count: p.trainingPlan.totalWeeks,
                    cost: formatEuro(p.trainingPlan.totalCostEur),
                  }),
          },
        ]}
      />
    </section>
  );
}

function MissingSkills({ path }: { path: Path }) {
  const { t } = useTranslation();
  if (path.missing.length === 0) {
    return (
      <>
        {path.essentialCoverage < 1
          ? t('matching.paths.nothingMissingPartly')
          : t('matching.paths.nothingMissing')}
      </>
    );
  }
  const shown = path.missing.slice(0, MAX_MISSING_SHOWN);
  return (
    <>
      <ul className="ov-match-compact-list">
        {shown.map((m) => (
          <li key={m.skill.id}>
            {skillName(m.skill)}
            {m.trainings[0] ? (
              <>
                {' — '}
                <TrainingName training={m.trainings[0]} />
              </>
            ) : (
              <span className="ov-match-note">
                {' — '}
                {m.trainable
                  ? t('matching.paths.trainableElsewhere')
                  : t('matching.paths.noTraining')}
              </span>
            )}
          </li>
        ))}
      </ul>
      {path.missing.length > shown.length &&
        t('matching.opportunities.andMore', { count: path.missing.length - shown.length })}
    </>
  );
}
