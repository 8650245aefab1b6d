import { ChainActions } from './ChainActions.tsx';
import { IntakeSection } from './IntakeSection.tsx';
import { TransitionsTable } from './TransitionsTable.tsx';
import { TriageSection } from './TriageSection.tsx';
import { useTrajectoryContext } from './TrajectoryLayout.tsx';

/** The chain: what can happen next, intake, triage, and the history of transitions. */
export function OverviewPage() {
  const { view, personId } = useTrajectoryContext();
  return (
    <>
      <ChainActions view={view} personId={personId} />
      <IntakeSection view={view} personId={personId} />
      <TriageSection view={view} personId={personId} />
      <TransitionsTable view={view} />
    </>
  );
}
