import { Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { MatchProposal, Opportunities } from '../../../../src/modules/matching/contracts.ts';
import { useProposeMatch } from '../../api/matching-queries.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate } from '../../components/format.ts';
import { VisuallyHidden } from '../../components/VisuallyHidden.tsx';

type OpportunityVacancy = Opportunities['vacancies'][number];

/**
 * "Voorstellen aan werkgever": only when the person's consent lets this employer see the
 * passport; otherwise the button stays disabled and the reason is said beside it (and tied to
 * it with aria-describedby). The server checks the same rule.
 */
export function ProposeAction({
  personId,
  personName,
  item,
  proposal,
}: {
  personId: string;
  personName: string;
  item: OpportunityVacancy;
  proposal: MatchProposal | undefined;
}) {
  const { t } = useTranslation();
  const propose = useProposeMatch(personId);
  const { vacancy, profileShared } = item;
  const hintId = `propose-${vacancy.id}-hint`;
  const names = { name: personName, employer: vacancy.employerName };
  if (proposal) {
    return (
      <div className="ov-match-action" role="status">
        <Paragraph>
          <strong>
            {t('matching.propose.done', { ...names, date: formatDate(proposal.proposedAt) })}
          </strong>
        </Paragraph>
      </div>
    );
  }
  return (
    <div className="ov-match-action">
      <Button
        appearance="primary-action-button"
        disabled={!profileShared || propose.isPending}
        aria-describedby={hintId}
        onClick={() => propose.mutate(vacancy.id)}
      >
        {t('matching.propose.button')}
        <VisuallyHidden>
          {' '}
          {t('matching.propose.buttonContext', { title: vacancy.title })}
        </VisuallyHidden>
      </Button>
      <Paragraph id={hintId} className="ov-note">
        {profileShared
          ? t('matching.propose.allowed', names)
          : t('matching.propose.noConsent', names)}
      </Paragraph>
      {propose.isError && <ErrorAlert error={propose.error} />}
    </div>
  );
}
