import { chainStateOf, nextSteps } from './chain.ts';
import { referralMoves, type ReferralStatus } from './referral-status.ts';
import { maySeeCaseNotes, maySeeObstacles, type TrajectoryAccess } from './policies.ts';
import { presentFunding, presentPlacement } from './placement-presenters.ts';
import type { OutcomeRow, TrajectoryRow } from './schema.ts';
import type { TrajectoryParts } from './trajectory-reader.ts';
import type { MyTrajectory, TrajectorySummary, TrajectoryView } from './view-contracts.ts';

const iso = (d: Date | null): string | null => d?.toISOString() ?? null;

function named(map: Map<string, string>, id: string | null): { id: string; name: string } | null {
  return id ? { id, name: map.get(id) ?? '' } : null;
}

const employer = (map: Map<string, string>, id: string | null, name: string | null) => ({
  id,
  name: (id ? map.get(id) : null) ?? name,
});

export function presentOutcome(o: OutcomeRow | undefined): TrajectoryView['outcome'] {
  if (!o) return null;
  return {
    outcome: o.outcome,
    sector: o.sector,
    sameSectorAsBefore: o.sameSectorAsBefore,
    route: o.route,
    placementId: o.placementId,
    employerId: o.employerId,
    note: o.note,
    recordedAt: o.recordedAt.toISOString(),
  };
}

function presentPlan(p: TrajectoryParts): Pick<TrajectoryView, 'goals' | 'appointments'> {
  const users = p.userNames;
  return {
    goals: p.goals.map((g) => ({
      id: g.id,
      title: g.title,
      description: g.description,
      dueOn: g.dueOn,
      agreedWith: g.agreedWith,
      status: g.status,
      nextEvaluationOn: g.nextEvaluationOn,
      createdAt: g.createdAt.toISOString(),
      evaluations: p.evaluations
        .filter((e) => e.goalId === g.id)
        .map((e) => ({
          id: e.id,
          progress: e.progress,
          note: e.note,
          adjustedTitle: e.adjustedTitle,
          adjustedDueOn: e.adjustedDueOn,
          evaluatedBy: named(users, e.evaluatedByUserId),
          evaluatedAt: e.evaluatedAt.toISOString(),
        })),
    })),
    appointments: p.appointments.map((a) => ({
      id: a.id,
      kind: a.kind,
      startsAt: a.startsAt.toISOString(),
      title: a.title,
      location: a.location,
      cancelledAt: iso(a.cancelledAt),
    })),
  };
}

type Activities = Pick<
  TrajectoryView,
  'referrals' | 'shadowings' | 'selections' | 'conditionalContracts' | 'trainings'
>;

function presentActivities(p: TrajectoryParts): Activities {
  const orgs = p.organisationNames;
  return {
    referrals: p.referrals.map((r) => ({
      id: r.id,
      offerKind: r.offerKind,
      offerId: r.offerId,
      title: r.title,
      status: r.status as ReferralStatus,
      nextStatuses: [...referralMoves(r.status as ReferralStatus)],
      stopReason: r.stopReason,
      result: r.result,
      note: r.note,
      proposedAt: r.proposedAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    })),
    shadowings: p.shadowings.map((s) => ({
      id: s.id,
      employer: employer(orgs, s.employerId, s.employerName),
      vacancyId: s.vacancyId,
      slotId: s.slotId,
      referralId: s.referralId,
      startDate: s.startDate,
      endDate: s.endDate,
      fit: s.fit,
      feedbackCandidate: s.feedbackCandidate,
      feedbackEmployer: s.feedbackEmployer,
      completedAt: iso(s.completedAt),
    })),
    selections: p.selections.map((s) => ({
      id: s.id,
      employer: employer(orgs, s.employerId, s.employerName),
      vacancyId: s.vacancyId,
      result: s.result,
      decidedOn: s.decidedOn,
      note: s.note,
    })),
    conditionalContracts: p.contracts.map((c) => ({
      id: c.id,
      employer: employer(orgs, c.employerId, c.employerName),
      vacancyId: c.vacancyId,
      dissolvingCondition: c.dissolvingCondition,
      deadline: c.deadline,
      signedOn: c.signedOn,
      status: c.status,
      resolvedOn: c.resolvedOn,
      resolutionNote: c.resolutionNote,
    })),
    trainings: p.trainings.map((t) => ({
      id: t.id,
      trainingId: t.trainingId,
      provider: employer(orgs, t.providerId, null),
      name: t.name,
      startDate: t.startDate,
      expectedEndDate: t.expectedEndDate,
      status: t.status,
      finishedOn: t.finishedOn,
      stopReason: t.stopReason,
      certificateObtained: t.certificateObtained,
      note: t.note,
    })),
  };
}

function presentIntake(p: TrajectoryParts, access: TrajectoryAccess): TrajectoryView['intake'] {
  const i = p.intake;
  if (!i) return null;
  const obstaclesVisible = maySeeObstacles(access);
  return {
    situation: i.situation,
    motivation: i.motivation,
    wishes: i.wishes,
    obstaclesVisible,
    obstacles: obstaclesVisible ? i.obstacles : null,
    obstacleNote: obstaclesVisible ? i.obstacleNote : null,
    digitalSkills: i.digitalSkills,
    recordedBy: named(p.userNames, i.recordedByUserId),
    recordedAt: i.recordedAt.toISOString(),
    updatedAt: i.updatedAt.toISOString(),
  };
}

/** The whole trajectory for the case team or a consented partner organisation. */
export function presentTrajectory(
  p: TrajectoryParts,
  access: 'case_team' | 'partner',
): TrajectoryView {
  const { row } = p;
  const orgs = p.organisationNames;
  const notes = maySeeCaseNotes(access);
  return {
    id: row.id,
    regionId: row.regionId,
    access,
    person: {
      id: p.person.id,
      pseudonym: p.person.pseudonym,
      givenName: p.person.givenName,
      familyName: p.person.familyName,
    },
    caseOrganisation: named(orgs, row.caseOrganisationId) ?? {
      id: row.caseOrganisationId,
      name: '',
    },
    caseManager: named(p.userNames, row.caseManagerUserId),
    releasingEmployer: named(orgs, row.releasingEmployerId),
    source: row.source,
    oldSector: row.oldSector,
    status: chainStateOf(row).status,
    step: row.step,
    nextSteps: [...nextSteps(chainStateOf(row))],
    droppedOutFrom: row.droppedOutFrom,
    triageGroup: row.triageGroup,
    startedAt: row.startedAt.toISOString(),
    closedAt: iso(row.closedAt),
    closureReason: row.closureReason,
    closureNote: notes ? row.closureNote : null,
    lastActivityAt: row.lastActivityAt.toISOString(),
    intake: presentIntake(p, access),
    triageHistory: p.triages.map((t) => ({
      id: t.id,
      group: t.group,
      previousGroup: t.previousGroup,
      reason: t.reason,
      decidedBy: named(p.userNames, t.decidedByUserId),
      decidedAt: t.decidedAt.toISOString(),
    })),
    transitions: p.transitions.map((t) => ({
      id: t.id,
      action: t.action,
      fromStatus: t.fromStatus,
      fromStep: t.fromStep,
      toStatus: t.toStatus,
      toStep: t.toStep,
      reasonCode: t.reasonCode,
      note: t.note,
      actor: named(p.userNames, t.actorUserId),
      occurredAt: t.occurredAt.toISOString(),
    })),
    outcome: presentOutcome(p.outcomes.at(-1)),
    ...presentPlan(p),
    ...presentActivities(p),
    placements: p.placements.map((pl) => presentPlacement(pl, p.checks, orgs)),
    funding: presentFunding(p.funding),
  };
}

/** 'Mijn traject': plan, goals, next appointments, referrals — no case notes, no obstacles. */
export function presentMyTrajectory(p: TrajectoryParts, now: Date): MyTrajectory {
  const full = presentTrajectory(p, 'case_team');
  const { row } = p;
  return {
    id: row.id,
    status: full.status,
    step: row.step,
    triageGroup: row.triageGroup,
    startedAt: full.startedAt,
    closedAt: full.closedAt,
    caseOrganisation: full.caseOrganisation,
    caseManager: full.caseManager,
    goals: full.goals.map(({ evaluations, createdAt: _c, ...g }) => {
      const latest = evaluations.at(-1);
      return {
        ...g,
        latestEvaluation: latest
          ? {
              progress: latest.progress,
              adjustedTitle: latest.adjustedTitle,
              adjustedDueOn: latest.adjustedDueOn,
              evaluatedAt: latest.evaluatedAt,
            }
          : null,
      };
    }),
    nextAppointments: full.appointments.filter(
      (a) => a.cancelledAt === null && new Date(a.startsAt).getTime() >= now.getTime(),
    ),
    referrals: full.referrals.map((r) => ({
      id: r.id,
      offerKind: r.offerKind,
      title: r.title,
      status: r.status,
      proposedAt: r.proposedAt,
    })),
    trainings: full.trainings.map((t) => ({
      id: t.id,
      name: t.name,
      startDate: t.startDate,
      expectedEndDate: t.expectedEndDate,
      status: t.status,
    })),
    placements: full.placements.map((pl) => ({
      id: pl.id,
      employer: pl.employer,
      startDate: pl.startDate,
      comparison: pl.comparison,
      endedOn: pl.endedOn,
      aftercare: pl.checks.map((c) => ({
        months: c.months,
        dueOn: c.dueOn,
        recordedAt: c.recordedAt,
        result: c.result,
      })),
    })),
    outcome: full.outcome
      ? { outcome: full.outcome.outcome, recordedAt: full.outcome.recordedAt }
      : null,
  };
}

export function presentSummary(
  row: TrajectoryRow,
  person: { id: string; pseudonym: string; givenName: string | null; familyName: string | null },
  outcome: string | null,
): TrajectorySummary {
  return {
    id: row.id,
    personId: person.id,
    pseudonym: person.pseudonym,
    givenName: person.givenName,
    familyName: person.familyName,
    status: chainStateOf(row).status,
    step: row.step,
    triageGroup: row.triageGroup,
    startedAt: row.startedAt.toISOString(),
    lastActivityAt: row.lastActivityAt.toISOString(),
    outcome,
  };
}
