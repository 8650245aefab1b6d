import { Button } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry, Passport } from '../../../../src/modules/people/contracts.ts';
import { usePassportHistory } from '../../api/passport-queries.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { QueryResult } from '../../components/QueryResult.tsx';
import { currentLocale } from '../../i18n/index.ts';
import { describeEvent, historyLabels } from './history-text.ts';
import { focusSection, PassportSection } from './PassportSection.tsx';

const FIRST = 15;

/** Every change to the passport, newest first: what, when and who. */
export function HistorySection({ passport }: { passport: Passport }) {
  const { t, i18n } = useTranslation();
  const history = usePassportHistory(passport.id);
  const [all, setAll] = useState(false);
  const labels = historyLabels(passport, currentLocale(), t);
  const when = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const who = (e: HistoryEntry) =>
    e.actor
      ? `${e.actor.name} (${t(`roles.${e.actor.role}`, { defaultValue: e.actor.role })})`
      : t('history.system');
  return (
    <PassportSection id="history" title={t('history.title')}>
      <QueryResult query={history}>
        {(entries) => (
          <>
            <DataTable
              caption={t('history.caption', { count: entries.length })}
              rows={all ? entries : entries.slice(0, FIRST)}
              rowKey={(e) => e.id}
              empty={t('history.empty')}
              columns={[
                { header: t('history.when'), cell: (e) => when.format(new Date(e.occurredAt)) },
                { header: t('history.who'), cell: who },
                { header: t('history.what'), cell: (e) => describeEvent(e, labels, t) },
              ]}
            />
            {!all && entries.length > FIRST && (
              <Button
                appearance="secondary-action-button"
                onClick={() => {
                  setAll(true);
                  focusSection('history');
                }}
              >
                {t('history.showAll', { count: entries.length })}
              </Button>
            )}
          </>
        )}
      </QueryResult>
    </PassportSection>
  );
}
