import { and, arrayContains, eq, ilike, lte, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { CatalogueQuery } from './contracts.ts';
import type { CatalogueScope } from './policies.ts';
import { matchingEvents, services, shadowingSlots, trainings } from './schema.ts';

/** Where-conditions of one kind of offer, or null when the query's filters leave the kind out. */
export type Conditions = SQL[] | null;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Which rows the scope shows, for the status the query asks (published unless told). */
function visible(
  scope: CatalogueScope,
  query: Pick<CatalogueQuery, 'status' | 'mine'>,
  cols: { regionId: AnyColumn; status: AnyColumn; owner: AnyColumn },
): SQL[] {
  const where: SQL[] = [];
  if (scope.regionId) where.push(eq(cols.regionId, scope.regionId));
  const wanted = query.status ?? 'published';
  const published = eq(cols.status, 'published');
  const unpublished =
    scope.unpublished === true
      ? sql`true`
      : scope.unpublished
        ? eq(cols.owner, scope.unpublished.ownerId)
        : sql`false`;
  if (wanted === 'published') where.push(published);
  else if (wanted === 'all') where.push(or(published, unpublished) ?? published);
  else where.push(eq(cols.status, wanted), unpublished);
  if (query.mine === 'true') {
    where.push(scope.organisationId ? eq(cols.owner, scope.organisationId) : sql`false`);
  }
  return where;
}

const textMatch = (q: string | undefined, columns: AnyColumn[]): SQL[] => {
  if (!q) return [];
  const pattern = `%${escapeLike(q)}%`;
  const match = or(...columns.map((c) => ilike(c, pattern)));
  return match ? [match] : [];
};

export function trainingConditions(scope: CatalogueScope, q: CatalogueQuery): Conditions {
  if (q.serviceKind) return null;
  const where = visible(scope, q, {
    regionId: trainings.regionId,
    status: trainings.status,
    owner: trainings.providerId,
  });
  if (q.providerId) where.push(eq(trainings.providerId, q.providerId));
  if (q.skillId) {
    where.push(
      sql`exists (select 1 from training_skills ts where ts.training_id = ${trainings.id} and ts.skill_id = ${q.skillId})`,
    );
  }
  if (q.sector) where.push(eq(trainings.sector, q.sector));
  if (q.startFrom || q.startTo) {
    where.push(
      sql`(${trainings.continuousIntake} or exists (select 1 from unnest(${trainings.startDates}) d
            where (${q.startFrom ?? null}::date is null or d >= ${q.startFrom ?? null}::date)
              and (${q.startTo ?? null}::date is null or d <= ${q.startTo ?? null}::date)))`,
    );
  }
  if (q.maxCost !== undefined) where.push(lte(trainings.costEur, q.maxCost));
  if (q.funding) where.push(arrayContains(trainings.funding, [q.funding]));
  where.push(...textMatch(q.q, [trainings.name, trainings.description, trainings.qualification]));
  return where;
}

export function serviceConditions(scope: CatalogueScope, q: CatalogueQuery): Conditions {
  if (q.skillId || q.sector) return null;
  const where = visible(scope, q, {
    regionId: services.regionId,
    status: services.status,
    owner: services.providerId,
  });
  if (q.providerId) where.push(eq(services.providerId, q.providerId));
  if (q.serviceKind) where.push(eq(services.kind, q.serviceKind));
  if (q.maxCost !== undefined) where.push(lte(services.costEur, q.maxCost));
  if (q.funding) where.push(arrayContains(services.funding, [q.funding]));
  where.push(...textMatch(q.q, [services.name, services.description, services.targetGroup]));
  return where;
}

export function slotConditions(scope: CatalogueScope, q: CatalogueQuery): Conditions {
  if (q.funding || q.providerId || q.serviceKind) return null;
  const where = visible(scope, q, {
    regionId: shadowingSlots.regionId,
    status: shadowingSlots.status,
    owner: shadowingSlots.employerId,
  });
  if (q.skillId) {
    where.push(
      sql`(exists (select 1 from vacancy_requirements r where r.vacancy_id = ${shadowingSlots.vacancyId} and r.skill_id = ${q.skillId})
        or exists (select 1 from occupation_skills os where os.occupation_id = ${shadowingSlots.occupationId} and os.skill_id = ${q.skillId}))`,
    );
  }
  if (q.sector) {
    where.push(
      sql`coalesce(
        (select o.sector from occupations o where o.id = ${shadowingSlots.occupationId}),
        (select g.sector from organisations g where g.id = ${shadowingSlots.employerId})
      ) = ${q.sector}`,
    );
  }
  if (q.startFrom) where.push(sql`${shadowingSlots.endDate} >= ${q.startFrom}::date`);
  if (q.startTo) where.push(sql`${shadowingSlots.startDate} <= ${q.startTo}::date`);
  where.push(...textMatch(q.q, [shadowingSlots.title]));
  return where;
}

export function eventConditions(scope: CatalogueScope, q: CatalogueQuery): Conditions {
  if (q.skillId || q.funding || q.providerId || q.serviceKind) return null;
  const where = visible(scope, q, {
    regionId: matchingEvents.regionId,
    status: matchingEvents.status,
    owner: matchingEvents.organiserId,
  });
  if (q.sector) where.push(eq(matchingEvents.sector, q.sector));
  if (q.startFrom) where.push(sql`${matchingEvents.date} >= ${q.startFrom}::date`);
  if (q.startTo) where.push(sql`${matchingEvents.date} <= ${q.startTo}::date`);
  where.push(
    ...textMatch(q.q, [matchingEvents.title, matchingEvents.description, matchingEvents.venue]),
  );
  return where;
}

export const allOf = (where: SQL[]) => and(...where);
