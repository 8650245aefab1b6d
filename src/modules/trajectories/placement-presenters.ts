import { compareConditions } from './comparison.ts';
import type { FundingLineRow, PlacementCheckRow, PlacementRow } from './placement-schema.ts';
import type { TrajectoryView } from './view-contracts.ts';

type PlacementView = TrajectoryView['placements'][number];
type CheckView = PlacementView['checks'][number];

export function presentCheck(c: PlacementCheckRow): CheckView {
  const result: CheckView['result'] =
    c.recordedAt === null
      ? 'open'
      : c.atWork === null
        ? 'unknown'
        : c.atWork
          ? 'at_work'
          : 'not_at_work';
  return {
    id: c.id,
    months: c.months,
    measuresOutcome: c.measuresOutcome,
    dueOn: c.dueOn,
    recordedAt: c.recordedAt?.toISOString() ?? null,
    atWork: c.atWork,
    sameEmployer: c.sameEmployer,
    result,
    note: c.note,
  };
}

export function presentPlacement(
  p: PlacementRow,
  checks: PlacementCheckRow[],
  organisationNames: Map<string, string>,
): PlacementView {
  const employerName = p.employerId ? (organisationNames.get(p.employerId) ?? null) : null;
  const oldEmployerName = p.oldEmployerId ? (organisationNames.get(p.oldEmployerId) ?? null) : null;
  return {
    id: p.id,
    outcome: p.outcome,
    route: p.route,
    employer: { id: p.employerId, name: employerName ?? p.employerName },
    vacancyId: p.vacancyId,
    startDate: p.startDate,
    endedOn: p.endedOn,
    endReason: p.endReason,
    aftercareMonths: p.aftercareMonths,
    comparison: compareConditions(
      {
        employerName: oldEmployerName ?? p.oldEmployerName,
        jobTitle: p.oldJobTitle,
        sector: p.oldSector,
        hoursPerWeek: p.oldHoursPerWeek,
        monthlySalary: p.oldMonthlySalary,
        contractType: p.oldContractType,
      },
      {
        employerName: employerName ?? p.employerName,
        jobTitle: p.jobTitle,
        sector: p.sector,
        hoursPerWeek: p.hoursPerWeek,
        monthlySalary: p.monthlySalary,
        contractType: p.contractType,
      },
    ),
    checks: checks.filter((c) => c.placementId === p.id).map(presentCheck),
  };
}

const euros = (cents: number): number => cents / 100;

/** The funding lines in force (removed ones are history) and their totals, in euros. */
export function presentFunding(lines: FundingLineRow[]): TrajectoryView['funding'] {
  const live = lines.filter((l) => l.removedAt === null);
  const bySource: Record<string, number> = {};
  let totalCents = 0;
  for (const l of live) {
    totalCents += l.amountCents;
    bySource[l.source] = euros((bySource[l.source] ?? 0) * 100 + l.amountCents);
  }
  return {
    lines: live.map((l) => ({
      id: l.id,
      source: l.source,
      amount: euros(l.amountCents),
      paysFor: l.paysFor,
      description: l.description,
      createdAt: l.createdAt.toISOString(),
    })),
    total: euros(totalCents),
    bySource,
  };
}
