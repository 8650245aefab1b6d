import type { TFunction } from 'i18next';
import type { HistoryEntry } from '../../../../src/modules/vacancies/contracts.ts';

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const num = (value: unknown): number => (typeof value === 'number' ? value : 0);

/** One event of a vacancy's life in a sentence. */
export function historyText(entry: HistoryEntry, t: TFunction): string {
  const d = entry.data;
  switch (entry.type) {
    case 'vacancy.posted':
      return t(`offers.history.posted.${str(d.via) || 'form'}`, {
        defaultValue: t('offers.history.posted.form'),
      });
    case 'vacancy.updated': {
      const changed = Array.isArray(d.changed) ? d.changed.length : 0;
      return t('offers.history.updated', { count: changed });
    }
    case 'vacancy.requirements_set':
      return t('offers.history.requirementsSet', { count: num(d.requirements) });
    case 'vacancy.status_changed': {
      const text = t('offers.history.statusChanged', {
        from: t(`offers.vacancies.statuses.${str(d.from)}`, { defaultValue: str(d.from) }),
        to: t(`offers.vacancies.statuses.${str(d.to)}`, { defaultValue: str(d.to) }),
      });
      const reason = str(d.reason);
      return reason ? `${text} ${t('offers.history.reason', { reason })}` : text;
    }
    case 'vacancy.carved':
      return t('offers.history.carved');
    default:
      return entry.type;
  }
}
