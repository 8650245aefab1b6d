import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import type { GroupPlacementResult } from '../../../matching/index.ts';
import type { Actor } from '../../auth/actor.ts';
import { persons } from '../../people/schema.ts';
import { noticeForReading, type NoticeRow } from '../../vacancies/notice-access.ts';
import { redundancyEnrolments } from '../../vacancies/schema.ts';
import { candidateRefs } from '../candidate-refs.ts';
import type { CandidateRef, GroupPlacement } from '../contracts.ts';
import { lookups, stillOpen, type Lookups } from '../lookups.ts';
import { matchingIndex } from '../matching-index.ts';

type Source = GroupPlacement['source'];

/** The people of a notice: those enrolled on it, else the employer's current employees. */
async function peopleOf(db: Db, notice: NoticeRow): Promise<{ ids: string[]; source: Source }> {
  const live = and(eq(persons.regionId, notice.regionId), isNull(persons.erasedAt));
  const enrolled = await db
    .selectDistinct({ id: persons.id })
    .from(redundancyEnrolments)
    .innerJoin(persons, eq(persons.id, redundancyEnrolments.personId))
    .where(
      and(
        eq(redundancyEnrolments.noticeId, notice.id),
        isNotNull(redundancyEnrolments.personId),
        live,
      ),
    );
  if (enrolled.length > 0) return { ids: enrolled.map((r) => r.id), source: 'enrolments' };
  const employees = await db
    .select({ id: persons.id })
    .from(persons)
    .where(and(eq(persons.currentEmployerId, notice.employerId), live));
  return { ids: employees.map((r) => r.id), source: 'current_employer' };
}

/** Places the group; if an assigned vacancy closed meanwhile, once more on the refreshed index. */
async function place(
  db: Db,
  regionId: string,
  people: readonly string[],
): Promise<GroupPlacementResult> {
  const index = matchingIndex(db, regionId);
  let result = await index.use((engine) => engine.groupPlacement(people));
  const used = [...result.direct, ...result.afterTraining].map((a) => a.vacancyId);
  const open = await stillOpen(db, used);
  if (used.some((id) => !open.has(id))) {
    result = await index.use((engine) => engine.groupPlacement(people));
  }
  return result;
}

function present(
  notice: NoticeRow,
  people: { ids: string[]; source: Source },
  r: GroupPlacementResult,
  refs: Map<string, CandidateRef>,
  L: Lookups,
): GroupPlacement {
  const assignments = (list: GroupPlacementResult['direct']) =>
    list.flatMap((a) => {
      const candidate = refs.get(a.candidateId);
      const vacancy = L.vacancy(a.vacancyId);
      return candidate && vacancy
        ? [{ candidate, vacancy, score: a.score, trainingWeeks: a.trainingWeeks }]
        : [];
    });
  return {
    noticeId: notice.id,
    people: people.ids.length,
    source: people.source,
    direct: assignments(r.direct),
    afterTraining: assignments(r.afterTraining),
    leftOver: r.leftOver.flatMap(({ candidateId, reason }) => {
      const candidate = refs.get(candidateId);
      if (!candidate) return [];
      return [
        {
          candidate,
          reason:
            reason.code === 'outcompeted'
              ? {
                  code: reason.code,
                  eligibleVacancies: reason.eligibleVacancies,
                  bestVacancy: L.vacancy(reason.bestVacancyId),
                }
              : {
                  code: reason.code,
                  excludedBy: reason.excludedBy,
                  notNow: reason.notNow,
                  noFit: reason.noFit,
                },
        },
      ];
    }),
    totalScore: r.totalScore,
  };
}

/**
 * Group placement for a redundancy notice: the assignment of its people to the region's open
 * vacancies (capacities = positions) that maximises total fit, and who is left over and why.
 * A proposal for the case team, not a decision: nothing is written. Who: case managers and
 * coordinators of the region and the notice's employer (pseudonyms only); others get 404.
 */
export async function groupPlacementFor(
  db: Db,
  actor: Actor,
  noticeId: string,
  now: Date,
): Promise<GroupPlacement> {
  const notice = await noticeForReading(db, actor, noticeId);
  const people = await peopleOf(db, notice);
  const result =
    people.ids.length > 0
      ? await place(db, notice.regionId, people.ids)
      : {
          direct: [],
          afterTraining: [],
          leftOver: [],
          totalScore: 0,
          stats: { edges: 0, augmentations: 0, repaired: 0, millis: 0 },
        };
  const all = [...result.direct, ...result.afterTraining];
  const [refs, L] = await Promise.all([
    candidateRefs(db, actor, people.ids, { hiringEmployerConsent: false, now }),
    lookups(db, {
      skillIds: [],
      trainingIds: [],
      occupationIds: [],
      vacancyIds: [
        ...all.map((a) => a.vacancyId),
        ...result.leftOver.flatMap((l) =>
          l.reason.code === 'outcompeted' ? [l.reason.bestVacancyId] : [],
        ),
      ],
    }),
  ]);
  return present(notice, people, result, refs, L);
}
