import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { forbidden, notFound } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { users } from '../../auth/schema.ts';
import { organisations } from '../../organisations/schema.ts';
import { vacancies } from '../../vacancies/schema.ts';
import { candidateRefs } from '../candidate-refs.ts';
import type { ProposalsAwaiting, VacancyProposal, VacancyProposals } from '../contracts.ts';
import { vacancyLookups } from '../lookups.ts';
import {
  activeProposalsForEmployer,
  activeProposalsForVacancy,
  presentAnswer,
  type ProposalState,
} from '../match-proposals.ts';
import { mayCountAwaitingProposals, mayListVacancyProposals } from '../policies.ts';

type VacancyRow = typeof vacancies.$inferSelect;

/** The vacancy, if the actor may see its proposals; otherwise 404, as if it did not exist. */
export async function vacancyForProposals(
  db: Db,
  actor: Actor,
  vacancyId: string,
): Promise<VacancyRow> {
  const [vacancy] = await db.select().from(vacancies).where(eq(vacancies.id, vacancyId));
  if (!vacancy || !mayListVacancyProposals(actor, vacancy)) throw notFound('Vacancy');
  return vacancy;
}

/**
 * Proposals as the vacancy's side sees them. The candidate's name is decided now, not when the
 * proposal was made: an employer sees it only while the candidate's consent for it is in force
 * (that read is logged), a pseudonym otherwise; staff see names of their own caseload only.
 */
export async function presentVacancyProposals(
  db: Db,
  actor: Actor,
  list: readonly ProposalState[],
  now: Date,
): Promise<VacancyProposal[]> {
  if (list.length === 0) return [];
  const proposerIds = [
    ...new Set(list.flatMap((p) => (p.proposedByUserId ? [p.proposedByUserId] : []))),
  ];
  const [refs, proposers] = await Promise.all([
    candidateRefs(
      db,
      actor,
      list.map((p) => p.personId),
      { hiringEmployerConsent: true, now },
    ),
    proposerIds.length
      ? db
          .select({ id: users.id, name: users.name, organisationName: organisations.name })
          .from(users)
          .leftJoin(organisations, eq(organisations.id, users.organisationId))
          .where(inArray(users.id, proposerIds))
      : [],
  ]);
  const byId = new Map(proposers.map((u) => [u.id, u]));
  return list.flatMap((p) => {
    const candidate = refs.get(p.personId);
    if (!candidate) return [];
    const proposer = p.proposedByUserId ? byId.get(p.proposedByUserId) : undefined;
    return [
      {
        id: p.id,
        candidate,
        proposedAt: p.proposedAt.toISOString(),
        proposedBy: {
          name: proposer?.name ?? null,
          organisationName: proposer?.organisationName ?? null,
        },
        score: p.score,
        readiness: p.readiness,
        answer: presentAnswer(p),
      },
    ];
  });
}

/**
 * "Voorgesteld door casemanagers": the active (not withdrawn) proposals for a vacancy, newest
 * first. Who: the employer that owns it, and the region's case managers and coordinators while
 * it is open; 404 for everyone else.
 */
export async function vacancyProposals(
  db: Db,
  actor: Actor,
  vacancyId: string,
  now: Date,
): Promise<VacancyProposals> {
  const vacancy = await vacancyForProposals(db, actor, vacancyId);
  const [L, active] = await Promise.all([
    vacancyLookups(db, [vacancy.id]),
    activeProposalsForVacancy(db, vacancy.regionId, vacancy.id),
  ]);
  const ref = L.vacancy(vacancy.id);
  if (!ref) throw notFound('Vacancy');
  const proposals = await presentVacancyProposals(db, actor, [...active].reverse(), now);
  return { vacancy: ref, proposals };
}

/**
 * For an employer's home: how many active proposals of its open vacancies still wait for its
 * answer, per vacancy. Counts only, no names. Other roles: 403.
 */
export async function proposalsAwaitingAnswer(db: Db, actor: Actor): Promise<ProposalsAwaiting> {
  if (!mayCountAwaitingProposals(actor) || !actor.organisationId) {
    throw forbidden('Only a hiring employer has proposals to answer');
  }
  const waiting = (
    await activeProposalsForEmployer(db, actor.regionId, actor.organisationId)
  ).filter((p) => !p.answer);
  const counts = new Map<string, number>();
  for (const p of waiting) counts.set(p.vacancyId, (counts.get(p.vacancyId) ?? 0) + 1);
  if (counts.size === 0) return { total: 0, vacancies: [] };
  const open = await db
    .select({ id: vacancies.id, title: vacancies.title })
    .from(vacancies)
    .where(
      and(
        inArray(vacancies.id, [...counts.keys()]),
        eq(vacancies.employerId, actor.organisationId),
        eq(vacancies.status, 'open'),
      ),
    )
    .orderBy(vacancies.title);
  const list = open.map((v) => ({
    vacancyId: v.id,
    title: v.title,
    awaitingAnswer: counts.get(v.id) ?? 0,
  }));
  return { total: list.reduce((n, v) => n + v.awaitingAnswer, 0), vacancies: list };
}
