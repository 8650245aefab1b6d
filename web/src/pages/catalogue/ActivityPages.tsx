import { ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import type { MatchingEvent, ShadowingSlot } from '../../../../src/modules/offers/contracts.ts';
import { ActionLink } from '../../components/ActionLink.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { conceptLabel } from '../../components/conceptLabel.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { formatDate } from '../../components/format.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { QueryResult } from '../../components/QueryResult.tsx';
import { SuccessAlert } from '../../components/SuccessAlert.tsx';
import { currentLocale } from '../../i18n/index.ts';
import { HiringOnly } from '../vacancies/HiringOnly.tsx';
import {
  useEvent,
  useMyEvents,
  useMySlots,
  useOfferSlot,
  usePlanEvent,
  useSlot,
  useUpdateEvent,
  useUpdateSlot,
} from './activity-queries.ts';
import { emptyEvent, eventDraftOf, MatchingEventForm } from './MatchingEventForm.tsx';
import { offerStatusLabel } from './offer-labels.ts';
import { emptySlot, ShadowingSlotForm, slotDraftOf } from './ShadowingSlotForm.tsx';

const slotsPath = '/meeloopstages';
const eventsPath = '/banenmarkten';

const when = (s: ShadowingSlot) =>
  s.startDate === s.endDate
    ? formatDate(s.startDate)
    : `${formatDate(s.startDate)} – ${formatDate(s.endDate)}`;

/** "Meeloopstages": a hiring employer's own job-shadowing offers, whatever their status. */
export function MySlotsPage() {
  const { t } = useTranslation();
  const title = t('offers.slots.title');
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <HiringOnly>
        <MySlots />
      </HiringOnly>
    </>
  );
}

function MySlots() {
  const { t } = useTranslation();
  const slots = useMySlots();
  const saved = (useLocation().state as { saved?: string } | null)?.saved;
  return (
    <>
      {saved && <SuccessAlert message={saved} />}
      <Paragraph>{t('offers.slots.intro')}</Paragraph>
      <ButtonGroup className="ov-actions">
        <ActionLink to={`${slotsPath}/nieuw`} appearance="primary">
          {t('offers.slots.new')}
        </ActionLink>
      </ButtonGroup>
      <QueryResult query={slots}>
        {(list) => (
          <DataTable
            caption={t('offers.slots.caption', { count: list.length })}
            rows={list}
            rowKey={(s) => s.id}
            empty={t('offers.slots.empty')}
            columns={[
              {
                header: t('offers.catalogue.name'),
                cell: (s) => <AppLink to={`${slotsPath}/${s.id}`}>{s.title}</AppLink>,
                rowHeader: true,
              },
              { header: t('offers.catalogue.status'), cell: (s) => offerStatusLabel(s.status, t) },
              { header: t('offers.catalogue.when'), cell: when },
              {
                header: t('offers.slots.vacancyOrOccupation'),
                cell: (s) =>
                  s.vacancy?.title ??
                  (s.occupation ? conceptLabel(s.occupation, currentLocale()) : '–'),
              },
              { header: t('offers.catalogue.places'), cell: (s) => s.capacity, numeric: true },
            ]}
          />
        )}
      </QueryResult>
    </>
  );
}

export function NewSlotPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const offer = useOfferSlot();
  const title = t('offers.slots.newTitle');
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <HiringOnly>
        <ShadowingSlotForm
          initial={emptySlot}
          mode="new"
          busy={offer.isPending}
          save={(body) => offer.mutateAsync(body)}
          onSaved={(slot) =>
            void navigate(slotsPath, {
              state: { saved: t('offers.slots.saved', { name: slot.title }) },
            })
          }
        />
      </HiringOnly>
      <Paragraph>
        <AppLink to={slotsPath}>{t('offers.slots.back')}</AppLink>
      </Paragraph>
    </>
  );
}

export function EditSlotPage() {
  const { id = '' } = useParams();
  const slot = useSlot(id);
  return <QueryResult query={slot}>{(s) => <EditSlot slot={s} />}</QueryResult>;
}

function EditSlot({ slot }: { slot: ShadowingSlot }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateSlot(slot.id);
  const title = t('offers.slots.editTitle', { name: slot.title });
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <HiringOnly>
        <ShadowingSlotForm
          initial={slotDraftOf(slot)}
          mode="edit"
          busy={update.isPending}
          save={({ employerId: _employer, ...body }) => update.mutateAsync(body)}
          onSaved={(saved) =>
            void navigate(slotsPath, {
              state: { saved: t('offers.slots.saved', { name: saved.title }) },
            })
          }
        />
      </HiringOnly>
      <Paragraph>
        <AppLink to={slotsPath}>{t('offers.slots.back')}</AppLink>
      </Paragraph>
    </>
  );
}

/** "Banenmarkten": the matching events my organisation organises, whatever their status. */
export function MyEventsPage() {
  const { t } = useTranslation();
  const events = useMyEvents();
  const saved = (useLocation().state as { saved?: string } | null)?.saved;
  const title = t('offers.events.title');
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      {saved && <SuccessAlert message={saved} />}
      <Paragraph>{t('offers.events.intro')}</Paragraph>
      <ButtonGroup className="ov-actions">
        <ActionLink to={`${eventsPath}/nieuw`} appearance="primary">
          {t('offers.events.new')}
        </ActionLink>
      </ButtonGroup>
      <QueryResult query={events}>
        {(list) => (
          <DataTable
            caption={t('offers.events.caption', { count: list.length })}
            rows={list}
            rowKey={(e) => e.id}
            empty={t('offers.events.empty')}
            columns={[
              {
                header: t('offers.catalogue.name'),
                cell: (e: MatchingEvent) => (
                  <AppLink to={`${eventsPath}/${e.id}`}>{e.title}</AppLink>
                ),
                rowHeader: true,
              },
              { header: t('offers.catalogue.status'), cell: (e) => offerStatusLabel(e.status, t) },
              { header: t('offers.catalogue.when'), cell: (e) => formatDate(e.date) },
              {
                header: t('offers.events.sector'),
                cell: (e) => (e.sector ? t(`sectors.${e.sector}`) : t('offers.events.allSectors')),
              },
              {
                header: t('offers.catalogue.place'),
                cell: (e) => [e.venue, e.city].filter(Boolean).join(', ') || '–',
              },
              {
                header: t('offers.catalogue.places'),
                cell: (e) => e.capacity ?? '–',
                numeric: true,
              },
            ]}
          />
        )}
      </QueryResult>
    </>
  );
}

export function NewEventPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const plan = usePlanEvent();
  const title = t('offers.events.newTitle');
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <MatchingEventForm
        initial={emptyEvent}
        mode="new"
        busy={plan.isPending}
        save={(body) => plan.mutateAsync(body)}
        onSaved={(event) =>
          void navigate(eventsPath, {
            state: { saved: t('offers.events.saved', { name: event.title }) },
          })
        }
      />
      <Paragraph>
        <AppLink to={eventsPath}>{t('offers.events.back')}</AppLink>
      </Paragraph>
    </>
  );
}

export function EditEventPage() {
  const { id = '' } = useParams();
  const event = useEvent(id);
  return <QueryResult query={event}>{(e) => <EditEvent event={e} />}</QueryResult>;
}

function EditEvent({ event }: { event: MatchingEvent }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateEvent(event.id);
  const title = t('offers.events.editTitle', { name: event.title });
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <MatchingEventForm
        initial={eventDraftOf(event)}
        mode="edit"
        busy={update.isPending}
        save={({ organiserId: _organiser, ...body }) => update.mutateAsync(body)}
        onSaved={(saved) =>
          void navigate(eventsPath, {
            state: { saved: t('offers.events.saved', { name: saved.title }) },
          })
        }
      />
      <Paragraph>
        <AppLink to={eventsPath}>{t('offers.events.back')}</AppLink>
      </Paragraph>
    </>
  );
}
