import type { ContractType as EngineContractType } from '../../matching/index.ts';
import type { ContractType as WishContractType } from '../people/field-rules.ts';
import type { VacancyContractType } from '../vacancies/contracts.ts';

/**
 * The one place where the three spellings of a contract type meet:
 * - vacancies (vacancies/contracts.ts): permanent · fixed_term · temporary_agency · on_call ·
 *   trial_job · apprenticeship, plus the separate flag `conditionalContract`
 * - a candidate's wishes (people/field-rules.ts): permanent · fixed_term · temporary_agency ·
 *   on_call · self_employed · conditional
 * - the engine (matching/types.ts): permanent · fixed-term · conditional · temporary-agency ·
 *   trial-placement · secondment · self-employed
 *
 * The engine has no "on call" and no "apprenticeship". Both sides are mapped the same way, so a
 * wish and a vacancy that spell the same type still meet:
 * - on_call → temporary-agency: both are flexible work (flexwerk) without a guarantee of hours.
 *   Consequence: a candidate who accepts agency work also meets on-call vacancies, and back.
 * - apprenticeship (BBL leerwerkbaan) → fixed-term: it is a fixed-term contract for the length of
 *   the programme.
 * A vacancy with a conditional contract (job guarantee with a dissolving condition) keeps its own
 * contract type: the condition does not change the contract the candidate gets once it is met.
 */
const fromVacancy: Record<VacancyContractType, EngineContractType> = {
  permanent: 'permanent',
  fixed_term: 'fixed-term',
  temporary_agency: 'temporary-agency',
  on_call: 'temporary-agency',
  trial_job: 'trial-placement',
  apprenticeship: 'fixed-term',
};

const fromWish: Record<WishContractType, EngineContractType> = {
  permanent: 'permanent',
  fixed_term: 'fixed-term',
  temporary_agency: 'temporary-agency',
  on_call: 'temporary-agency',
  self_employed: 'self-employed',
  conditional: 'conditional',
};

const isKey = <K extends string>(map: Record<K, unknown>, key: string): key is K =>
  Object.prototype.hasOwnProperty.call(map, key);

/**
 * The engine's contract type of a vacancy; undefined (filters nothing) when the vacancy names
 * none. A vacancy with only the conditional flag is a conditional contract.
 */
export function vacancyContractType(
  contractType: string | null,
  conditionalContract: boolean,
): EngineContractType | undefined {
  if (contractType !== null && isKey(fromVacancy, contractType)) return fromVacancy[contractType];
  return conditionalContract ? 'conditional' : undefined;
}

/** The engine's contract types a candidate accepts; unknown spellings are dropped. */
export function wishedContractTypes(wished: readonly string[]): EngineContractType[] {
  const out = new Set<EngineContractType>();
  for (const w of wished) if (isKey(fromWish, w)) out.add(fromWish[w]);
  return [...out];
}
