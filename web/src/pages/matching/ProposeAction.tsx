import { Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { MatchProposal, Opportunities } from '../../../../src/modules/matching/contracts.ts';
import { useProposeMatch } from '../../api/matching-queries.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { VisuallyHidden } from '../../components/VisuallyHidden.tsx';
import { ActiveProposal, withdrawnText } from './ProposalStatus.tsx';

type OpportunityVacancy = Opportunities['vacancies'][number];

/**
 * "Voorstellen aan werkgever": only when the person's consent lets this employer see the
 * passport; otherwise the button stays disabled and the reason is said beside it (and tied to
 * it with aria-describedby). The server checks the same rule. A proposal made shows its state
 * and can be withdrawn; after a withdrawal the person may be proposed again.
 */
export function ProposeAction({
  personId,
  personName,
  item,
  proposals,
}: {
  personId: string;
  personName: string;
  item: OpportunityVacancy;
  /** This vacancy's proposals of the person, oldest first. */
  proposals: readonly MatchProposal[];
}) {
  const { t } = useTranslation();
  const propose = useProposeMatch(personId);
  const { vacancy, profileShared } = item;
  const hintId = `propose-${vacancy.id}-hint`;
  const names = { name: personName, employer: vacancy.employerName };
  const active = proposals.find((p) => !p.withdrawal);
  if (active) {
    return (
      <ActiveProposal
        personId={personId}
        personName={personName}
        proposal={active}
        employer={vacancy.employerName}
        title={vacancy.title}
      />
    );
  }
  const lastWithdrawn = proposals.at(-1);
  return (
    <div className="ov-match-action">
      {lastWithdrawn && (
        <Paragraph>{withdrawnText(t, lastWithdrawn, vacancy.employerName)}</Paragraph>
      )}
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
