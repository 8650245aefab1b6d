import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { VacancyCandidates } from '../../../../src/modules/matching/contracts.ts';
import { useVacancyCandidates } from '../../api/matching-queries.ts';
import { useCurrentUser } from '../../app/current-user.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { formatDate } from '../../components/format.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { QueryResult } from '../../components/QueryResult.tsx';
import { MatchExplanation, ReadinessBadge, ScoreLine } from './MatchExplanation.tsx';
import { vacancyMeta } from './matching-labels.ts';
import { VacancyProposalsSection } from './VacancyProposalsSection.tsx';

type Candidate = VacancyCandidates['candidates'][number];

/**
 * "Beste kandidaten" for a vacancy: its hiring employer sees pseudonyms until a candidate
 * consents to share the passport; case managers and coordinators of the region read it too.
 * Above them, the candidates case managers proposed for it ("Voorgesteld door casemanagers").
 */
export function VacancyCandidatesPage() {
  const { id = '' } = useParams();
  const candidates = useVacancyCandidates(id);
  return <QueryResult query={candidates}>{(c) => <CandidatesList result={c} />}</QueryResult>;
}

function CandidatesList({ result }: { result: VacancyCandidates }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { vacancy, candidates } = result;
  const title = t('matching.candidates.title', { title: vacancy.title });
  const hidden = candidates.filter((c) => c.candidate.pseudonymous).length;
  return (
    <>
      <Paragraph>
        <AppLink to={`/vacatures/${vacancy.id}`}>{t('matching.candidates.back')}</AppLink>
      </Paragraph>
      <PageHeading title={title}>{title}</PageHeading>
      <Paragraph className="ov-match-meta">{vacancyMeta(vacancy, t)}</Paragraph>
      <VacancyProposalsSection vacancyId={vacancy.id} />
      <Paragraph appearance="lead">{t('matching.candidates.intro')}</Paragraph>
      {me.role === 'employer' && (
        <Paragraph>
          {hidden === 0
            ? t('matching.candidates.privacyNone')
            : t('matching.candidates.privacy', { count: hidden })}
        </Paragraph>
      )}
      {candidates.length === 0 ? (
        <EmptyState>{t('matching.candidates.none')}</EmptyState>
      ) : (
        <ol className="ov-match-list" aria-label={t('matching.candidates.listLabel')}>
          {candidates.map((c, i) => (
            <li key={c.candidate.personId}>
              <CandidateCard item={c} rank={i + 1} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

function CandidateCard({ item, rank }: { item: Candidate; rank: number }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { candidate, explanation } = item;
  const name = [candidate.givenName, candidate.familyName].filter(Boolean).join(' ');
  const titleId = `candidate-${candidate.personId}-title`;
  const ownCase = me.role === 'case_manager' && !candidate.pseudonymous;
  return (
    <article className="ov-match-card" aria-labelledby={titleId}>
      <Heading level={2} id={titleId}>
        <span className="ov-match-rank">{t('matching.rank', { rank })}</span>{' '}
        {candidate.pseudonymous || !name
          ? t('matching.candidates.pseudonym', { pseudonym: candidate.pseudonym })
          : name}
      </Heading>
      {candidate.pseudonymous && (
        <Paragraph className="ov-match-meta">{t('matching.candidates.pseudonymNote')}</Paragraph>
      )}
      {item.proposedAt && (
        <Paragraph>
          <strong className="ov-match-proposed">
            {t('matching.candidates.proposed', { date: formatDate(item.proposedAt) })}
          </strong>
        </Paragraph>
      )}
      <ScoreLine value={explanation.score} label={t('matching.score.label')} />
      <Paragraph>
        <ReadinessBadge readiness={explanation.readiness} weeks={explanation.trainingWeeks} />
      </Paragraph>
      <MatchExplanation
        explanation={explanation}
        audience="other"
        idPrefix={`candidate-${candidate.personId}`}
        level={3}
      />
      {ownCase && (
        <Paragraph>
          <AppLink to={`/caseload/${candidate.personId}/kansen`}>
            {t('matching.candidates.toCase', { name })}
          </AppLink>
        </Paragraph>
      )}
    </article>
  );
}
