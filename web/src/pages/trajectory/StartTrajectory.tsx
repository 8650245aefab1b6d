import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { sectors } from '../../../../src/modules/organisations/contracts.ts';
import {
  startTrajectoryBody,
  type StartTrajectoryBody,
} from '../../../../src/modules/trajectories/contracts.ts';
import { trajectorySources } from '../../../../src/modules/trajectories/vocabularies.ts';
import { useStartTrajectory } from '../../api/trajectory-queries.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TrajectorySection } from './TrajectorySection.tsx';
import { choices } from './labels.ts';
import { trajectoryServerErrors } from './trajectory-messages.ts';

/** A caseload person without a trajectory: say so, and start one (it begins at the intake). */
export function StartTrajectory({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const start = useStartTrajectory(personId);
  const [source, setSource] = useState<string>('uwv');
  const [oldSector, setOldSector] = useState('');
  const [error, setError] = useState<string | null>(null);
  const sectorOptions = [
    { value: '', label: t('trajectory.start.sectorFromPassport') },
    ...sectors.map((s) => ({ value: s, label: t(`sectors.${s}`) })),
  ];
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (start.isPending) return;
    const body: StartTrajectoryBody = startTrajectoryBody.parse({
      personId,
      source,
      ...(oldSector ? { oldSector } : {}),
    });
    setError(null);
    start.mutate(body, {
      onError: (e) => setError(trajectoryServerErrors(e, t, []).general),
    });
  };
  return (
    <TrajectorySection id="start" title={t('trajectory.start.title')}>
      <Paragraph>{t('trajectory.start.none')}</Paragraph>
      <form noValidate onSubmit={onSubmit} className="ov-form" aria-labelledby="start-title">
        {error && <ErrorAlert error={error} />}
        <SelectField
          id="start-source"
          label={t('trajectory.start.source')}
          value={source}
          options={choices(t, 'sources', trajectorySources, false)}
          onChange={setSource}
        />
        <SelectField
          id="start-oldSector"
          label={t('trajectory.start.oldSector')}
          optional
          value={oldSector}
          options={sectorOptions}
          onChange={setOldSector}
        />
        <Button type="submit" appearance="primary-action-button" busy={start.isPending}>
          {t('trajectory.start.submit')}
        </Button>
      </form>
    </TrajectorySection>
  );
}
