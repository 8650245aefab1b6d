import { ReferralsSection } from './ReferralsSection.tsx';
import { SelectionSection } from './SelectionSection.tsx';
import { ShadowingSection } from './ShadowingSection.tsx';
import { TrainingSection } from './TrainingSection.tsx';
import { useTrajectoryContext } from './TrajectoryLayout.tsx';

/** Referrals, job shadowing, selection, conditional contracts and training. */
export function ActivitiesPage() {
  const { view, personId } = useTrajectoryContext();
  return (
    <>
      <ReferralsSection view={view} personId={personId} />
      <ShadowingSection view={view} personId={personId} />
      <SelectionSection view={view} personId={personId} />
      <TrainingSection view={view} personId={personId} />
    </>
  );
}
