import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { organisations } from '../organisations/schema.ts';
import { vacancies } from '../vacancies/schema.ts';
import { occupationRefs, skillRefs } from '../vacancies/taxonomy-refs.ts';
import type {
  FundingScheme,
  MatchingEvent,
  Modality,
  OfferStatus,
  Service,
  ServiceKind,
  ShadowingSlot,
  Training,
} from './contracts.ts';
import type { matchingEvents, services, shadowingSlots, trainings } from './schema.ts';
import { trainingSkills } from './schema.ts';

export type TrainingRow = typeof trainings.$inferSelect;
export type ServiceRow = typeof services.$inferSelect;
export type SlotRow = typeof shadowingSlots.$inferSelect;
export type EventRow = typeof matchingEvents.$inferSelect;

async function organisationsById(db: Db, ids: readonly string[]) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map<string, { name: string; sector: string | null }>();
  const rows = await db
    .select({ id: organisations.id, name: organisations.name, sector: organisations.sector })
    .from(organisations)
    .where(inArray(organisations.id, unique));
  return new Map(rows.map((r) => [r.id, { name: r.name, sector: r.sector }]));
}

const ref = (id: string, orgs: Map<string, { name: string }>) => ({
  id,
  name: orgs.get(id)?.name ?? '',
});

/** Trainings with their provider and the skills they teach, in three queries for the list. */
export async function trainingViews(db: Db, rows: readonly TrainingRow[]): Promise<Training[]> {
  if (rows.length === 0) return [];
  const orgs = await organisationsById(
    db,
    rows.map((r) => r.providerId),
  );
  const taught = await db
    .select()
    .from(trainingSkills)
    .where(
      inArray(
        trainingSkills.trainingId,
        rows.map((r) => r.id),
      ),
    );
  const skills = await skillRefs(
    db,
    taught.map((t) => t.skillId),
  );
  return rows.map((r) => ({
    id: r.id,
    regionId: r.regionId,
    provider: ref(r.providerId, orgs),
    name: r.name,
    description: r.description,
    qualification: r.qualification,
    sector: r.sector,
    weeks: r.weeks,
    hoursPerWeek: r.hoursPerWeek,
    costEur: r.costEur,
    continuousIntake: r.continuousIntake,
    startDates: r.startDates,
    modality: (r.modality as Modality | null) ?? null,
    city: r.city,
    postcode: r.postcode,
    lat: r.lat,
    lon: r.lon,
    funding: r.funding as FundingScheme[],
    entryRequirements: r.entryRequirements,
    status: r.status as OfferStatus,
    skills: taught
      .filter((t) => t.trainingId === r.id)
      .flatMap((t) => {
        const s = skills.get(t.skillId);
        return s
          ? [
              {
                skill: { id: s.id, uri: s.uri, labelNl: s.labelNl, labelEn: s.labelEn },
                level: t.level,
              },
            ]
          : [];
      })
      .sort((a, b) => a.skill.labelNl.localeCompare(b.skill.labelNl, 'nl')),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  }));
}

export async function serviceViews(db: Db, rows: readonly ServiceRow[]): Promise<Service[]> {
  const orgs = await organisationsById(
    db,
    rows.map((r) => r.providerId),
  );
  return rows.map((r) => ({
    id: r.id,
    regionId: r.regionId,
    provider: ref(r.providerId, orgs),
    kind: r.kind as ServiceKind,
    name: r.name,
    description: r.description,
    targetGroup: r.targetGroup,
    durationWeeks: r.durationWeeks,
    costEur: r.costEur,
    capacity: r.capacity,
    funding: r.funding as FundingScheme[],
    status: r.status as OfferStatus,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  }));
}

export async function slotViews(db: Db, rows: readonly SlotRow[]): Promise<ShadowingSlot[]> {
  if (rows.length === 0) return [];
  const vacancyIds = rows.flatMap((r) => (r.vacancyId ? [r.vacancyId] : []));
  const orgs = await organisationsById(
    db,
    rows.map((r) => r.employerId),
  );
  const occupations = await occupationRefs(
    db,
    rows.flatMap((r) => (r.occupationId === null ? [] : [r.occupationId])),
  );
  const titles =
    vacancyIds.length === 0
      ? []
      : await db
          .select({ id: vacancies.id, title: vacancies.title })
          .from(vacancies)
          .where(inArray(vacancies.id, vacancyIds));
  return rows.map((r) => {
    const occupation = r.occupationId === null ? undefined : occupations.get(r.occupationId);
    const vacancy = titles.find((v) => v.id === r.vacancyId);
    return {
      id: r.id,
      regionId: r.regionId,
      employer: ref(r.employerId, orgs),
      title: r.title,
      vacancy: vacancy ? { id: vacancy.id, title: vacancy.title } : null,
      occupation: occupation
        ? {
            id: occupation.id,
            uri: occupation.uri,
            labelNl: occupation.labelNl,
            labelEn: occupation.labelEn,
          }
        : null,
      sector: occupation?.sector ?? orgs.get(r.employerId)?.sector ?? null,
      startDate: r.startDate,
      endDate: r.endDate,
      capacity: r.capacity,
      city: r.city,
      status: r.status as ShadowingSlot['status'],
      createdAt: r.createdAt.toISOString(),
    };
  });
}

export async function eventViews(db: Db, rows: readonly EventRow[]): Promise<MatchingEvent[]> {
  const orgs = await organisationsById(
    db,
    rows.map((r) => r.organiserId),
  );
  return rows.map((r) => ({
    id: r.id,
    regionId: r.regionId,
    organiser: ref(r.organiserId, orgs),
    title: r.title,
    sector: r.sector,
    date: r.date,
    city: r.city,
    venue: r.venue,
    capacity: r.capacity,
    description: r.description,
    status: r.status as MatchingEvent['status'],
    createdAt: r.createdAt.toISOString(),
  }));
}

/** One row through a list presenter. */
export async function viewOne<R, V>(
  present: (db: Db, rows: readonly R[]) => Promise<V[]>,
  db: Db,
  row: R,
): Promise<V> {
  const [view] = await present(db, [row]);
  if (!view) throw new Error('presenter returned nothing for one row');
  return view;
}
