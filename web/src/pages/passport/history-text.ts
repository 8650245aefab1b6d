import type { TFunction } from 'i18next';
import type { HistoryEntry, Passport } from '../../../../src/modules/people/contracts.ts';
import { conceptLabel } from '../../components/conceptLabel.ts';
import type { Locale } from '../../i18n/index.ts';
import { levelName } from './labels.ts';

/**
 * The history keeps ids and URIs, never personal values (so erasure never rewrites it). To say
 * what changed in words, labels come from the passport as it is now; what is gone shows generic.
 */
export interface HistoryLabels {
  skill: (uri: unknown) => string;
  job: (entryId: unknown) => string;
}

export function historyLabels(passport: Passport, locale: Locale, t: TFunction): HistoryLabels {
  const skills = new Map(passport.skills.map((s) => [s.uri, conceptLabel(s, locale)]));
  const jobs = new Map(passport.workHistory.map((w) => [w.id, w.jobTitle]));
  return {
    skill: (uri) => (typeof uri === 'string' && skills.get(uri)) || t('history.aSkill'),
    job: (id) => (typeof id === 'string' && jobs.get(id)) || t('history.aJob'),
  };
}

const fieldList = (value: unknown, prefix: string, t: TFunction): string =>
  Array.isArray(value)
    ? value.map((f) => t(`${prefix}.${String(f)}`, { defaultValue: String(f) })).join(', ')
    : '';

/** One line saying what happened, in the user's language. */
export function describeEvent(entry: HistoryEntry, labels: HistoryLabels, t: TFunction): string {
  const d = entry.data;
  const level = typeof d.level === 'number' ? levelName(d.level, t) : '';
  const evidence = typeof d.evidence === 'string' ? t(`evidence.${d.evidence}`) : '';
  switch (entry.type) {
    case 'person.created':
      return d.via === 'import' ? t('history.createdByImport') : t('history.created');
    case 'person.personal_data_changed':
      return t('history.personalChanged', {
        fields: fieldList(d.changed, 'passport.personal', t),
      });
    case 'person.work_history_added':
      return t('history.jobAdded', { job: labels.job(d.entryId) });
    case 'person.work_history_changed':
      return t('history.jobChanged', { job: labels.job(d.entryId) });
    case 'person.work_history_removed':
      return t('history.jobRemoved');
    case 'person.skill_saved':
      return t('history.skillSaved', { skill: labels.skill(d.skillUri), level, evidence });
    case 'person.skill_confirmed':
      return t('history.skillConfirmed', { skill: labels.skill(d.skillUri), level });
    case 'person.skill_removed':
      return t('history.skillRemoved', { skill: labels.skill(d.skillUri) });
    case 'person.skill_suggestion_dismissed':
      return t('history.suggestionDismissed', { skill: labels.skill(d.skillUri) });
    case 'person.education_added':
      return t('history.educationAdded', { kind: t(`educationKinds.${String(d.kind)}`) });
    case 'person.education_removed':
      return t('history.educationRemoved', { kind: t(`educationKinds.${String(d.kind)}`) });
    case 'person.wishes_set':
      return t('history.wishesSet', { fields: fieldList(d.changed, 'passport.wishes', t) });
    case 'person.passport_imported':
      return d.mode === 'replace' ? t('history.importedReplace') : t('history.imported');
    case 'person.passport_exported':
      return t('history.exported');
    case 'match.proposed':
      return t('history.matchProposed');
    case 'match.withdrawn':
      return t('history.matchWithdrawn');
    case 'match.answered':
      return d.answer === 'invite' ? t('history.matchInvited') : t('history.matchNoFit');
    default:
      return entry.type;
  }
}
