import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type {
  CandidateRef,
  GroupPlacement,
  VacancyRef,
} from '../../../../src/modules/matching/contracts.ts';
import { useGroupPlacement } from '../../api/matching-queries.ts';
import { useNotice } from '../../api/notice-queries.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FactList } from '../../components/FactList.tsx';
import { formatDate } from '../../components/format.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { QueryResult } from '../../components/QueryResult.tsx';
import { score } from './matching-labels.ts';

const RESULT_HEADING_ID = 'placement-result';

type LeftOver = GroupPlacement['leftOver'][number];
type Assignment = GroupPlacement['direct'][number];

const personName = (c: CandidateRef) =>
  c.pseudonymous
    ? c.pseudonym
    : [c.givenName, c.familyName].filter(Boolean).join(' ') || c.pseudonym;

/**
 * Group placement for a redundancy notice: a proposal (nothing is saved) that places the notice's
 * people over the region's open vacancies for the best total fit — who can start at once, who
 * after which training, and who is left and why.
 */
export function GroupPlacementPage() {
  const { id = '' } = useParams();
  const notice = useNotice(id);
  const { t } = useTranslation();
  return (
    <QueryResult query={notice}>
      {(n) => {
        const title = t('matching.placement.title', { employer: n.employer.name });
        return (
          <>
            <Paragraph>
              <AppLink to={`/boventalligheid/${n.id}`}>
                {t('matching.placement.back', {
                  employer: n.employer.name,
                  date: formatDate(n.createdAt),
                })}
              </AppLink>
            </Paragraph>
            <PageHeading title={title}>{title}</PageHeading>
            <Paragraph appearance="lead">{t('matching.placement.intro')}</Paragraph>
            <PlacementRun noticeId={n.id} />
          </>
        );
      }}
    </QueryResult>
  );
}

function PlacementRun({ noticeId }: { noticeId: string }) {
  const { t } = useTranslation();
  const run = useGroupPlacement(noticeId);
  // The result replaces the page's lower half: move focus to its heading so it is announced.
  useEffect(() => {
    if (run.isSuccess) document.getElementById(RESULT_HEADING_ID)?.focus();
  }, [run.isSuccess, run.data]);
  return (
    <>
      <Button
        className="ov-match-run"
        appearance="primary-action-button"
        onClick={() => run.mutate()}
        disabled={run.isPending}
        aria-describedby="placement-status"
      >
        {run.data ? t('matching.placement.runAgain') : t('matching.placement.run')}
      </Button>
      <div id="placement-status" role="status" className="ov-match-status">
        {run.isPending && (
          <>
            <Paragraph>{t('matching.placement.running')}</Paragraph>
            <progress className="ov-match-progress" aria-label={t('matching.placement.running')} />
          </>
        )}
      </div>
      {run.isError && <ErrorAlert error={run.error} onRetry={() => run.mutate()} />}
      {run.data && !run.isPending && <PlacementResult placement={run.data} />}
    </>
  );
}

function VacancyCell({ vacancy }: { vacancy: VacancyRef }) {
  return (
    <>
      <AppLink to={`/vacatures/${vacancy.id}`}>{vacancy.title}</AppLink>
      <br />
      <span className="ov-match-note">
        {[vacancy.employerName, vacancy.city].filter(Boolean).join(', ')}
      </span>
    </>
  );
}

function PlacementResult({ placement: g }: { placement: GroupPlacement }) {
  const { t } = useTranslation();
  const person = { header: t('matching.placement.columns.person'), rowHeader: true };
  return (
    <section aria-labelledby={RESULT_HEADING_ID}>
      <Heading level={2} id={RESULT_HEADING_ID} tabIndex={-1} className="ov-focus-target">
        {t('matching.placement.resultTitle')}
      </Heading>
      <Paragraph>
        {g.people === 0
          ? t('matching.placement.nobody')
          : t(`matching.placement.source.${g.source}`, { count: g.people })}
      </Paragraph>
      <FactList
        facts={[
          [t('matching.placement.facts.people'), g.people],
          [t('matching.placement.facts.direct'), g.direct.length],
          [t('matching.placement.facts.afterTraining'), g.afterTraining.length],
          [t('matching.placement.facts.leftOver'), g.leftOver.length],
        ]}
      />
      <Heading level={3}>{t('matching.placement.directTitle')}</Heading>
      <DataTable<Assignment>
        caption={t('matching.placement.directCaption')}
        rows={g.direct}
        rowKey={(a) => a.candidate.personId}
        empty={t('matching.placement.noneDirect')}
        columns={[
          { ...person, cell: (a) => personName(a.candidate) },
          {
            header: t('matching.placement.columns.vacancy'),
            cell: (a) => <VacancyCell vacancy={a.vacancy} />,
          },
          {
            header: t('matching.columns.score'),
            cell: (a) => t('matching.score.value', { score: score(a.score) }),
            numeric: true,
          },
        ]}
      />
      <Heading level={3}>{t('matching.placement.afterTrainingTitle')}</Heading>
      <DataTable<Assignment>
        caption={t('matching.placement.afterTrainingCaption')}
        rows={g.afterTraining}
        rowKey={(a) => a.candidate.personId}
        empty={t('matching.placement.noneAfterTraining')}
        columns={[
          { ...person, cell: (a) => personName(a.candidate) },
          {
            header: t('matching.placement.columns.vacancy'),
            cell: (a) => <VacancyCell vacancy={a.vacancy} />,
          },
          {
            header: t('matching.placement.columns.training'),
            cell: (a) => t('matching.placement.weeks', { count: a.trainingWeeks }),
            numeric: true,
          },
          {
            header: t('matching.columns.score'),
            cell: (a) => t('matching.score.value', { score: score(a.score) }),
            numeric: true,
          },
        ]}
      />
      <Heading level={3}>{t('matching.placement.leftOverTitle')}</Heading>
      <DataTable<LeftOver>
        caption={t('matching.placement.leftOverCaption')}
        rows={g.leftOver}
        rowKey={(l) => l.candidate.personId}
        empty={t('matching.placement.noneLeftOver')}
        columns={[
          { ...person, cell: (l) => personName(l.candidate) },
          { header: t('matching.placement.columns.reason'), cell: (l) => <LeftOverReason l={l} /> },
        ]}
      />
      <Paragraph>{t('matching.placement.note')}</Paragraph>
    </section>
  );
}

function LeftOverReason({ l }: { l: LeftOver }) {
  const { t } = useTranslation();
  const r = l.reason;
  if (r.code === 'outcompeted') {
    return (
      <>
        {t('matching.placement.reason.outcompeted', { count: r.eligibleVacancies ?? 0 })}
        {r.bestVacancy && (
          <>
            {' '}
            {t('matching.placement.reason.bestChance')}{' '}
            <AppLink to={`/vacatures/${r.bestVacancy.id}`}>{r.bestVacancy.title}</AppLink>
          </>
        )}
      </>
    );
  }
  const excluded = Object.entries(r.excludedBy ?? {}).filter(([, count]) => count > 0);
  const parts = [
    ...excluded.map(([constraint, count]) =>
      t(`matching.placement.reason.excluded.${constraint}`, { count }),
    ),
    ...(r.notNow ? [t('matching.placement.reason.notNow', { count: r.notNow })] : []),
    ...(r.noFit ? [t('matching.placement.reason.noFit', { count: r.noFit })] : []),
  ];
  return (
    <>
      {t('matching.placement.reason.noEligible')}
      {parts.length > 0 && (
        <ul className="ov-match-compact-list">
          {parts.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </>
  );
}
