import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  withdrawalReasons,
  type MatchProposal,
  type WithdrawalReason,
} from '../../../../src/modules/matching/contracts.ts';
import { ApiError } from '../../api/client.ts';
import { useWithdrawProposal } from '../../api/matching-queries.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate } from '../../components/format.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { VisuallyHidden } from '../../components/VisuallyHidden.tsx';

const isWithdrawalReason = (v: string): v is WithdrawalReason =>
  (withdrawalReasons as readonly string[]).includes(v);

/** "Ingetrokken op 3 mei 2025: kandidaat heeft ander werk gevonden." */
export function withdrawnText(t: TFunction, proposal: MatchProposal, employer: string): string {
  const w = proposal.withdrawal;
  if (!w) return '';
  const date = formatDate(w.withdrawnAt);
  return w.reason
    ? t('matching.propose.withdrawnBecause', {
        employer,
        date,
        reason: t(`matching.withdrawalReasons.${w.reason}`),
      })
    : t('matching.propose.withdrawn', { employer, date });
}

/** What the employer answered, in words; null while it has not. */
export function answerText(
  t: TFunction,
  answer: MatchProposal['answer'],
  names: { name: string; employer: string },
): string | null {
  if (!answer) return null;
  const date = formatDate(answer.answeredAt);
  return answer.answer === 'invite'
    ? t('matching.propose.answerInvite', { ...names, date })
    : t('matching.propose.answerNoFit', {
        ...names,
        date,
        reason: t(`matching.noFitReasons.${answer.reason ?? 'other'}`),
      });
}

/**
 * An active proposal as the case manager sees it: when, the employer's answer (or that there is
 * none yet), and "Voorstel intrekken".
 */
export function ActiveProposal({
  personId,
  personName,
  proposal,
  employer,
  title,
}: {
  personId: string;
  personName: string;
  proposal: MatchProposal;
  employer: string;
  title: string;
}) {
  const { t } = useTranslation();
  const names = { name: personName, employer };
  return (
    <div className="ov-match-action">
      <div role="status">
        <Paragraph>
          <strong>
            {t('matching.propose.done', { ...names, date: formatDate(proposal.proposedAt) })}
          </strong>
        </Paragraph>
        <Paragraph>
          {answerText(t, proposal.answer, names) ?? t('matching.propose.awaiting', names)}
        </Paragraph>
      </div>
      <WithdrawProposal
        personId={personId}
        personName={personName}
        proposal={proposal}
        employer={employer}
        title={title}
      />
    </div>
  );
}

/**
 * "Voorstel intrekken" asks once more in place, with an optional reason, and says what happens
 * (the employer no longer sees it). Focus moves to the question and back, as when withdrawing a
 * consent.
 */
function WithdrawProposal({
  personId,
  personName,
  proposal,
  employer,
  title,
}: {
  personId: string;
  personName: string;
  proposal: MatchProposal;
  employer: string;
  title: string;
}) {
  const { t } = useTranslation();
  const withdraw = useWithdrawProposal(personId);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const askRef = useRef<HTMLButtonElement>(null);
  const groupRef = useRef<HTMLDivElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) groupRef.current?.querySelector('select')?.focus();
    else if (wasAsking.current) askRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  const context = t('matching.propose.withdrawContext', { employer, title });
  const conflict = withdraw.error instanceof ApiError && withdraw.error.status === 409;
  const fieldId = `withdraw-${proposal.id}-reason`;
  return (
    <>
      {withdraw.isError && (
        <ErrorAlert error={conflict ? t('matching.propose.alreadyWithdrawn') : withdraw.error} />
      )}
      {asking ? (
        <div
          ref={groupRef}
          className="ov-withdraw-question"
          role="group"
          aria-label={t('matching.propose.withdrawQuestion', { employer, title })}
        >
          <Paragraph>
            {t('matching.propose.withdrawExplain', { name: personName, employer })}
          </Paragraph>
          <SelectField
            id={fieldId}
            label={t('matching.propose.reasonLabel')}
            optional
            value={reason}
            options={[
              { value: '', label: t('matching.propose.reasonNone') },
              ...withdrawalReasons.map((r) => ({
                value: r,
                label: t(`matching.withdrawalReasons.${r}`),
              })),
            ]}
            onChange={setReason}
          />
          <Button
            appearance="primary-action-button"
            className="utrecht-button--danger"
            disabled={withdraw.isPending}
            onClick={() =>
              withdraw.mutate(
                { proposalId: proposal.id, reason: isWithdrawalReason(reason) ? reason : null },
                { onSettled: () => setAsking(false) },
              )
            }
          >
            {t('matching.propose.withdrawYes')}
            <VisuallyHidden> {context}</VisuallyHidden>
          </Button>
          <Button appearance="secondary-action-button" onClick={() => setAsking(false)}>
            {t('matching.propose.withdrawNo')}
          </Button>
        </div>
      ) : (
        <Button
          ref={askRef}
          appearance="secondary-action-button"
          disabled={withdraw.isPending}
          onClick={() => setAsking(true)}
        >
          {t('matching.propose.withdraw')}
          <VisuallyHidden> {context}</VisuallyHidden>
        </Button>
      )}
    </>
  );
}

/**
 * Proposals for vacancies that are not among the opportunities shown (closed, or no longer in
 * the best list): still to be followed and withdrawn.
 */
export function OtherProposals({
  personId,
  personName,
  proposals,
}: {
  personId: string;
  personName: string;
  proposals: readonly MatchProposal[];
}) {
  const { t } = useTranslation();
  if (proposals.length === 0) return null;
  return (
    <section aria-labelledby="other-proposals-title">
      <Heading level={2} id="other-proposals-title">
        {t('matching.propose.otherTitle')}
      </Heading>
      <ul className="ov-match-list" aria-label={t('matching.propose.otherTitle')}>
        {[...proposals].reverse().map((p) => {
          const employer = p.employerName ?? t('matching.propose.anEmployer');
          const title = p.vacancyTitle ?? t('matching.propose.aVacancy');
          return (
            <li key={p.id} className="ov-match-card">
              <Paragraph>
                <strong>{t('matching.propose.otherItem', { title, employer })}</strong>
              </Paragraph>
              {p.withdrawal ? (
                <Paragraph>{withdrawnText(t, p, employer)}</Paragraph>
              ) : (
                <ActiveProposal
                  personId={personId}
                  personName={personName}
                  proposal={p}
                  employer={employer}
                  title={title}
                />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
