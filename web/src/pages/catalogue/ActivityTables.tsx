import { useTranslation } from 'react-i18next';
import type { MatchingEvent, ShadowingSlot } from '../../../../src/modules/offers/contracts.ts';
import { conceptLabel } from '../../components/conceptLabel.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { formatDate } from '../../components/format.ts';
import { currentLocale } from '../../i18n/index.ts';

/** Job-shadowing days (meeloopstages) at hiring employers. */
export function ShadowingTable({ slots }: { slots: readonly ShadowingSlot[] }) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={t('offers.catalogue.shadowingCaption', { count: slots.length })}
      rows={slots}
      rowKey={(s) => s.id}
      empty={t('offers.catalogue.noShadowing')}
      columns={[
        { header: t('offers.catalogue.name'), cell: (s) => s.title, rowHeader: true },
        { header: t('offers.catalogue.employer'), cell: (s) => s.employer.name },
        {
          header: t('offers.catalogue.occupation'),
          cell: (s) => (s.occupation ? conceptLabel(s.occupation, currentLocale()) : '–'),
        },
        {
          header: t('offers.catalogue.when'),
          cell: (s) =>
            s.startDate === s.endDate
              ? formatDate(s.startDate)
              : `${formatDate(s.startDate)} – ${formatDate(s.endDate)}`,
        },
        { header: t('offers.catalogue.place'), cell: (s) => s.city ?? '–' },
        { header: t('offers.catalogue.places'), cell: (s) => s.capacity, numeric: true },
      ]}
    />
  );
}

/** Matching events (ombuigmarkt, banenmarkt) of the regional partners. */
export function EventsTable({ events }: { events: readonly MatchingEvent[] }) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={t('offers.catalogue.eventsCaption', { count: events.length })}
      rows={events}
      rowKey={(e) => e.id}
      empty={t('offers.catalogue.noEvents')}
      columns={[
        { header: t('offers.catalogue.name'), cell: (e) => e.title, rowHeader: true },
        { header: t('offers.catalogue.organiser'), cell: (e) => e.organiser.name },
        {
          header: t('offers.catalogue.sector'),
          cell: (e) => (e.sector ? t(`sectors.${e.sector}`) : t('offers.catalogue.allSectors')),
        },
        { header: t('offers.catalogue.when'), cell: (e) => formatDate(e.date) },
        {
          header: t('offers.catalogue.place'),
          cell: (e) => [e.venue, e.city].filter(Boolean).join(', ') || '–',
        },
        { header: t('offers.catalogue.places'), cell: (e) => e.capacity ?? '–', numeric: true },
      ]}
    />
  );
}
