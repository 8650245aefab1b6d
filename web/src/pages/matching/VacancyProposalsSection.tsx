import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  noFitReasons,
  type NoFitReason,
  type VacancyProposal,
} from '../../../../src/modules/matching/contracts.ts';
import { ApiError } from '../../api/client.ts';
import { useAnswerProposal, useVacancyProposals } from '../../api/matching-queries.ts';
import { useCurrentUser } from '../../app/current-user.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate } from '../../components/format.ts';
import { QueryResult } from '../../components/QueryResult.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { VisuallyHidden } from '../../components/VisuallyHidden.tsx';
import { ScoreLine } from './MatchExplanation.tsx';

const isNoFitReason = (v: string): v is NoFitReason =>
  (noFitReasons as readonly string[]).includes(v);

/**
 * "Voorgesteld door casemanagers" on a vacancy's candidates page: who proposed whom, from which
 * organisation and when; the employer answers each proposal (invite for an interview, or "does
 * not fit" with a reason). Withdrawn proposals are not listed; the name follows the candidate's
 * consent as it is now (the server decides).
 */
export function VacancyProposalsSection({ vacancyId }: { vacancyId: string }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const proposals = useVacancyProposals(vacancyId);
  const isEmployer = me.role === 'employer';
  return (
    <section aria-labelledby="proposals-title" className="ov-match-proposals">
      <Heading level={2} id="proposals-title">
        {t('matching.proposals.title')}
      </Heading>
      <Paragraph>
        {isEmployer ? t('matching.proposals.introEmployer') : t('matching.proposals.introStaff')}
      </Paragraph>
      <QueryResult query={proposals}>
        {(r) =>
          r.proposals.length === 0 ? (
            <EmptyState>{t('matching.proposals.none')}</EmptyState>
          ) : (
            <ul className="ov-match-list" aria-label={t('matching.proposals.listLabel')}>
              {r.proposals.map((p) => (
                <li key={p.id}>
                  <ProposalCard vacancyId={vacancyId} proposal={p} mayAnswer={isEmployer} />
                </li>
              ))}
            </ul>
          )
        }
      </QueryResult>
    </section>
  );
}

function ProposalCard({
  vacancyId,
  proposal,
  mayAnswer,
}: {
  vacancyId: string;
  proposal: VacancyProposal;
  mayAnswer: boolean;
}) {
  const { t } = useTranslation();
  const { candidate, proposedBy, answer } = proposal;
  const fullName = [candidate.givenName, candidate.familyName].filter(Boolean).join(' ');
  const name =
    candidate.pseudonymous || !fullName
      ? t('matching.candidates.pseudonym', { pseudonym: candidate.pseudonym })
      : fullName;
  const titleId = `proposal-${proposal.id}-title`;
  const date = formatDate(proposal.proposedAt);
  const [answeredHere, setAnsweredHere] = useState(false);
  const answerRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (answeredHere && answer) answerRef.current?.focus();
  }, [answeredHere, answer]);
  return (
    <article className="ov-match-card" aria-labelledby={titleId}>
      <Heading level={3} id={titleId}>
        {name}
      </Heading>
      {candidate.pseudonymous && (
        <Paragraph className="ov-match-meta">{t('matching.proposals.pseudonymNote')}</Paragraph>
      )}
      <Paragraph>
        {proposedBy.name
          ? t('matching.proposals.by', {
              date,
              name: proposedBy.name,
              organisation: proposedBy.organisationName ?? t('matching.propose.anOrganisation'),
            })
          : t('matching.proposals.byUnknown', { date })}
      </Paragraph>
      <ScoreLine value={proposal.score} label={t('matching.proposals.scoreAtProposal')} />
      {answer ? (
        <Paragraph ref={answerRef} tabIndex={-1} className="ov-match-proposed">
          <strong>
            {answer.answer === 'invite'
              ? t('matching.proposals.answeredInvite', { date: formatDate(answer.answeredAt) })
              : t('matching.proposals.answeredNoFit', {
                  date: formatDate(answer.answeredAt),
                  reason: t(`matching.noFitReasons.${answer.reason ?? 'other'}`),
                })}
          </strong>
        </Paragraph>
      ) : mayAnswer ? (
        <AnswerProposal
          vacancyId={vacancyId}
          proposalId={proposal.id}
          name={name}
          onAnswered={() => setAnsweredHere(true)}
        />
      ) : (
        <Paragraph>{t('matching.proposals.noAnswerYet')}</Paragraph>
      )}
    </article>
  );
}

/** "Uitnodigen voor gesprek" at once; "Past niet" asks for the reason first. */
function AnswerProposal({
  vacancyId,
  proposalId,
  name,
  onAnswered,
}: {
  vacancyId: string;
  proposalId: string;
  name: string;
  onAnswered: () => void;
}) {
  const { t } = useTranslation();
  const answer = useAnswerProposal(vacancyId);
  const [askingReason, setAskingReason] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const noFitRef = useRef<HTMLButtonElement>(null);
  const groupRef = useRef<HTMLDivElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (askingReason) groupRef.current?.querySelector('select')?.focus();
    else if (wasAsking.current) noFitRef.current?.focus();
    wasAsking.current = askingReason;
  }, [askingReason]);
  const conflict = answer.error instanceof ApiError && answer.error.status === 409;
  const fieldId = `answer-${proposalId}-reason`;
  const context = (
    <VisuallyHidden> {t('matching.proposals.answerContext', { name })}</VisuallyHidden>
  );
  const send = () => {
    if (!isNoFitReason(reason)) {
      setReasonError(t('matching.proposals.reasonRequired'));
      groupRef.current?.querySelector('select')?.focus();
      return;
    }
    answer.mutate({ proposalId, answer: 'no_fit', reason }, { onSuccess: onAnswered });
  };
  return (
    <div className="ov-match-action">
      {answer.isError && (
        <ErrorAlert error={conflict ? t('matching.proposals.conflict') : answer.error} />
      )}
      {askingReason ? (
        <div
          ref={groupRef}
          className="ov-withdraw-question"
          role="group"
          aria-label={t('matching.proposals.noFitQuestion', { name })}
        >
          <SelectField
            id={fieldId}
            label={t('matching.proposals.noFitReason')}
            value={reason}
            error={reasonError}
            options={[
              { value: '', label: t('matching.proposals.noFitChoose') },
              ...noFitReasons.map((r) => ({ value: r, label: t(`matching.noFitReasons.${r}`) })),
            ]}
            onChange={(v) => {
              setReason(v);
              setReasonError(undefined);
            }}
          />
          <Button appearance="primary-action-button" disabled={answer.isPending} onClick={send}>
            {t('matching.proposals.noFitSubmit')}
            {context}
          </Button>
          <Button appearance="secondary-action-button" onClick={() => setAskingReason(false)}>
            {t('matching.proposals.cancel')}
          </Button>
        </div>
      ) : (
        <div className="ov-match-answer">
          <Button
            appearance="primary-action-button"
            disabled={answer.isPending}
            onClick={() =>
              answer.mutate({ proposalId, answer: 'invite' }, { onSuccess: onAnswered })
            }
          >
            {t('matching.proposals.invite')}
            {context}
          </Button>
          <Button
            ref={noFitRef}
            appearance="secondary-action-button"
            disabled={answer.isPending}
            onClick={() => setAskingReason(true)}
          >
            {t('matching.proposals.noFit')}
            {context}
          </Button>
        </div>
      )}
    </div>
  );
}
