import type { Sector } from '../../modules/organisations/contracts.ts';
import type {
  EmploymentContract,
  FundingSource,
  TriageGroup,
} from '../../modules/trajectories/vocabularies.ts';
import type { demoOrganisations } from '../demo-region.ts';

/** What a participant's story is written in: the script of one pilot trajectory. */

export type OrgKey = (typeof demoOrganisations)[number]['key'];
export type ServiceKey =
  | 'talent_scan'
  | 'career_test'
  | 'grief_counselling'
  | 'social_media'
  | 'self_employment'
  | 'language_nt2'
  | 'team_match'
  | 'temp_agency';

export interface TrainingSpec {
  name: string;
  /** Finds the training in the demo catalogue, if it is there. */
  keyword: string;
  provider: OrgKey | null;
  startsOn: string;
  expectedEnd: string;
  /** Short courses are done before the job starts. */
  completedOn?: string;
}

export interface JobSpec {
  outcome: 'new_job' | 'self_employed' | 'work_and_training';
  employer: OrgKey | { name: string; sector: Sector } | null;
  /** The start of a vacancy title of that employer, to link the placement to it. */
  vacancy?: string;
  title: string;
  contract: EmploymentContract;
  hours: number;
  salary: number | null;
  startsOn: string;
  shadowingOn?: string;
  conditional?: { condition: string; deadline: string };
  training?: TrainingSpec;
}

export type Ending =
  | { kind: 'never_started'; on: string }
  | { kind: 'dropout'; atStep: 2 | 3; on: string; note: string }
  | { kind: 'stayed'; atStep: 2 | 3; on: string; note: string }
  | { kind: 'job'; job: JobSpec }
  | { kind: 'training'; sector: Sector; training: TrainingSpec }
  | {
      kind: 'mediation';
      step: 1 | 2 | 3 | 4;
      sheltered?: boolean;
      shadowing?: { employer: OrgKey; on: string; fit: 'no' | 'doubt' };
      notSelectedOn?: string;
    };

export interface Script {
  key: string;
  /** Sectors the person should want (wishes in the passport), for a plausible story. */
  wants: Sector[];
  /** Give this story to a person with their own account (she registers herself). */
  account?: boolean;
  /** Not for someone of this releasing employer (the new job is there). */
  notFrom?: OrgKey;
  startedOn: string;
  triage: TriageGroup;
  services: ServiceKey[];
  obstacles?: ('language' | 'debts' | 'health' | 'care_duties')[];
  funding?: [FundingSource, number, 'training' | 'coaching' | 'job_guarantee', string][];
  ending: Ending;
}
