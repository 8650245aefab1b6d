import type {
  FundingScheme,
  Modality,
  OfferStatus,
  Training,
} from '../../../../src/modules/offers/contracts.ts';
import { conceptLabel } from '../../components/conceptLabel.ts';
import type { ChosenConcept } from '../../components/JobTitleField.tsx';
import { numberText, type NumberReader } from '../../components/numbers.ts';
import type { Locale } from '../../i18n/index.ts';

/** A training as its form holds it. */
export interface TaughtSkillDraft {
  skill: ChosenConcept;
  level: number;
}

export interface TrainingDraft {
  name: string;
  description: string;
  qualification: string;
  sector: string;
  skills: TaughtSkillDraft[];
  weeks: string;
  hoursPerWeek: string;
  costEur: string;
  continuousIntake: boolean;
  startDates: string[];
  modality: Modality | '';
  city: string;
  postcode: string;
  funding: FundingScheme[];
  entryRequirements: string;
  status: OfferStatus;
}

export const emptyTraining: TrainingDraft = {
  name: '',
  description: '',
  qualification: '',
  sector: '',
  skills: [],
  weeks: '',
  hoursPerWeek: '',
  costEur: '',
  continuousIntake: false,
  startDates: [],
  modality: '',
  city: '',
  postcode: '',
  funding: [],
  entryRequirements: '',
  status: 'published',
};

export const trainingDraftOf = (t: Training, locale: Locale): TrainingDraft => ({
  name: t.name,
  description: t.description ?? '',
  qualification: t.qualification ?? '',
  sector: t.sector ?? '',
  skills: t.skills.map((s) => ({
    skill: { id: s.skill.id, label: conceptLabel(s.skill, locale) },
    level: s.level,
  })),
  weeks: String(t.weeks),
  hoursPerWeek: numberText(t.hoursPerWeek),
  costEur: String(t.costEur),
  continuousIntake: t.continuousIntake,
  startDates: [...t.startDates].sort(),
  modality: t.modality ?? '',
  city: t.city ?? '',
  postcode: t.postcode ?? '',
  funding: [...t.funding],
  entryRequirements: t.entryRequirements ?? '',
  status: t.status,
});

const orNull = (value: string) => value.trim() || null;

/** The request fields (shared by create and update). */
export const trainingFieldsOf = (d: TrainingDraft, numbers: NumberReader) => ({
  name: d.name,
  description: orNull(d.description),
  qualification: orNull(d.qualification),
  sector: d.sector || null,
  skills: d.skills.map((s) => ({ skillId: s.skill.id, level: s.level })),
  weeks: numbers.read('weeks', d.weeks),
  hoursPerWeek: numbers.read('hoursPerWeek', d.hoursPerWeek),
  costEur: numbers.read('costEur', d.costEur) ?? 0,
  continuousIntake: d.continuousIntake,
  startDates: d.startDates,
  modality: d.modality || null,
  city: orNull(d.city),
  postcode: orNull(d.postcode),
  funding: d.funding,
  entryRequirements: orNull(d.entryRequirements),
  status: d.status,
});
