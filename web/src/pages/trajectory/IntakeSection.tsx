import {
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  Paragraph,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import {
  intakeBody,
  obstacleKinds,
  type Obstacle,
  type TrajectoryView,
} from '../../../../src/modules/trajectories/contracts.ts';
import { digitalSkillLevels } from '../../../../src/modules/trajectories/vocabularies.ts';
import { CheckboxGroup } from '../../components/CheckboxGroup.tsx';
import { FactList } from '../../components/FactList.tsx';
import { formatDateTime } from '../../components/format.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { TextareaField } from '../../components/TextareaField.tsx';
import { ChangeFormShell } from './ChangeFormShell.tsx';
import { choices, isManaged, label } from './labels.ts';
import { TrajectorySection } from './TrajectorySection.tsx';
import { orNull, useChangeForm } from './useChangeForm.ts';

type Props = { view: TrajectoryView; personId: string };

function IntakeForm({ view, personId }: Props) {
  const { t } = useTranslation();
  const i = view.intake;
  const form = useChangeForm({
    personId,
    trajectoryId: view.id,
    initial: {
      situation: i?.situation ?? '',
      motivation: i?.motivation ?? '',
      wishes: i?.wishes ?? '',
      obstacles: (i?.obstacles ?? []) as Obstacle[],
      obstacleNote: i?.obstacleNote ?? '',
      digitalSkills: i?.digitalSkills ?? '',
    },
    schema: intakeBody,
    toInput: (d) => ({
      situation: orNull(d.situation),
      motivation: orNull(d.motivation),
      wishes: orNull(d.wishes),
      obstacles: d.obstacles,
      obstacleNote: orNull(d.obstacleNote),
      digitalSkills: d.digitalSkills || null,
    }),
    request: (body) => ({ path: '/intake', body, method: 'PUT' }),
    savedMessage: t('trajectory.intake.saved'),
    keepDraft: true,
  });
  const text = (key: 'situation' | 'motivation' | 'wishes') => (
    <TextareaField
      id={`intake-${key}`}
      label={t(`trajectory.intake.${key}`)}
      optional
      rows={3}
      value={form.draft[key]}
      onChange={(value) => form.update({ [key]: value })}
      error={form.errors[key]}
    />
  );
  return (
    <ChangeFormShell
      id="intake-form"
      collapsed={Boolean(i)}
      title={i ? t('trajectory.intake.editTitle') : t('trajectory.intake.formTitle')}
      form={form}
      formRef={form.formRef}
      submitLabel={t('trajectory.intake.submit')}
    >
      {text('situation')}
      {text('motivation')}
      {text('wishes')}
      <Fieldset id="intake-private" aria-describedby="intake-private-description">
        <FieldsetLegend>{t('trajectory.intake.obstaclesLegend')}</FieldsetLegend>
        <FormFieldDescription id="intake-private-description">
          {t('trajectory.intake.caseTeamOnly')}
        </FormFieldDescription>
        <CheckboxGroup
          id="intake-obstacles"
          legend={t('trajectory.intake.obstacles')}
          options={obstacleKinds.map((o) => ({ value: o, label: t(`trajectory.obstacles.${o}`) }))}
          {...form.field('obstacles')}
        />
        <TextareaField
          id="intake-obstacleNote"
          label={t('trajectory.intake.obstacleNote')}
          optional
          rows={3}
          {...form.field('obstacleNote')}
        />
      </Fieldset>
      <SelectField
        id="intake-digitalSkills"
        label={t('trajectory.intake.digitalSkills')}
        optional
        value={form.draft.digitalSkills}
        options={[
          { value: '', label: t('trajectory.notRecorded') },
          ...choices(t, 'digitalSkills', digitalSkillLevels, false),
        ]}
        onChange={(digitalSkills) => form.update({ digitalSkills })}
        error={form.errors.digitalSkills}
      />
    </ChangeFormShell>
  );
}

/** Situation, motivation, wishes, obstacles (case team only) and digital skills. */
export function IntakeSection({ view, personId }: Props) {
  const { t } = useTranslation();
  const i = view.intake;
  const editable = isManaged(view) && view.status !== 'closed' && view.status !== 'dropped_out';
  return (
    <TrajectorySection id="intake" title={t('trajectory.intake.title')}>
      {i ? (
        <FactList
          facts={[
            [t('trajectory.intake.situation'), i.situation ?? '–'],
            [t('trajectory.intake.motivation'), i.motivation ?? '–'],
            [t('trajectory.intake.wishes'), i.wishes ?? '–'],
            [
              t('trajectory.intake.obstaclesShort'),
              i.obstaclesVisible
                ? (i.obstacles ?? []).map((o) => label(t, 'obstacles', o)).join(', ') ||
                  t('trajectory.none')
                : t('trajectory.intake.hidden'),
            ],
            [
              t('trajectory.intake.obstacleNote'),
              i.obstaclesVisible ? (i.obstacleNote ?? '–') : t('trajectory.intake.hidden'),
            ],
            [t('trajectory.intake.digitalSkills'), label(t, 'digitalSkills', i.digitalSkills)],
            [
              t('trajectory.intake.recorded'),
              t('trajectory.byOn', {
                who: i.recordedBy?.name ?? '–',
                when: formatDateTime(i.updatedAt),
              }),
            ],
          ]}
        />
      ) : (
        <Paragraph>{t('trajectory.intake.none')}</Paragraph>
      )}
      {editable && <IntakeForm view={view} personId={personId} />}
    </TrajectorySection>
  );
}
