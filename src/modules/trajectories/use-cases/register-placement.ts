import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/database.ts';
import { conflict } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { employerRef } from '../catalogue-refs.ts';
import type { PlacementBody } from '../contracts.ts';
import { recordTrajectoryEvent } from '../event-types.ts';
import { currentJob } from '../new-trajectory.ts';
import { sameSector, writeOutcome } from '../outcome-writer.ts';
import { placementChecks, placements } from '../placement-schema.ts';
import { checkSchedule } from '../schedule.ts';
import { blankToNull } from '../trajectory-access.ts';
import { changeTrajectory, type TrajectoryChanged } from '../trajectory-change.ts';
import type { EmploymentContract } from '../vocabularies.ts';

/**
 * Registers a placement (step 6): employer, vacancy, start date, hours, salary and contract, with
 * the old employment conditions beside them (by default the passport's current job), the
 * aftercare check-ins and 6/12-month measurements planned, and the outcome recorded with it.
 * Moving the chain to step 6 is its own transition (POST …/steps).
 */
export async function registerPlacement(
  db: Db,
  actor: Actor,
  id: string,
  input: PlacementBody,
  now: Date,
): Promise<TrajectoryChanged> {
  return changeTrajectory(db, actor, id, now, async (tx, { row }) => {
    if (row.status !== 'active') {
      throw conflict(`a placement is registered on an active trajectory (it is ${row.status})`);
    }
    const selfEmployed = input.outcome === 'self_employed';
    const employer =
      selfEmployed && !input.employerId && !input.vacancyId && !input.employerName
        ? { employerId: null, employerName: null, vacancyId: null, sector: null }
        : await employerRef(tx, row.regionId, {
            employerId:
              input.outcome === 'stayed_with_employer'
                ? (input.employerId ?? row.releasingEmployerId)
                : input.employerId,
            employerName: input.employerName,
            vacancyId: input.vacancyId,
          });
    const job = await currentJob(tx, row.personId);
    const old = {
      employerName: job?.employerName ?? null,
      jobTitle: job?.jobTitle ?? null,
      sector: row.oldSector ?? job?.sector ?? null,
      hoursPerWeek: job?.hoursPerWeek ?? null,
      monthlySalary: job?.monthlySalary ?? null,
      contractType: null as EmploymentContract | null,
      ...input.old,
    };
    const sector = input.sector ?? employer.sector;
    const contractType = input.contractType ?? (selfEmployed ? 'self_employed' : null);
    const placementId = randomUUID();
    await tx.insert(placements).values({
      id: placementId,
      trajectoryId: row.id,
      regionId: row.regionId,
      outcome: input.outcome,
      route: input.route,
      employerId: employer.employerId,
      employerName: employer.employerName,
      vacancyId: employer.vacancyId,
      jobTitle: blankToNull(input.jobTitle),
      sector,
      startDate: input.startDate,
      hoursPerWeek: input.hoursPerWeek ?? null,
      monthlySalary: input.monthlySalary ?? null,
      contractType,
      oldEmployerId: row.releasingEmployerId,
      oldEmployerName: old.employerName,
      oldJobTitle: old.jobTitle,
      oldSector: old.sector,
      oldHoursPerWeek: old.hoursPerWeek,
      oldMonthlySalary: old.monthlySalary,
      oldContractType: old.contractType,
      aftercareMonths: [...new Set(input.aftercareMonths)].sort((a, b) => a - b),
      createdByUserId: actor.userId,
      createdAt: now,
    });
    const schedule = checkSchedule(input.startDate, input.aftercareMonths);
    await tx.insert(placementChecks).values(
      schedule.map((c) => ({
        id: randomUUID(),
        placementId,
        trajectoryId: row.id,
        regionId: row.regionId,
        months: c.months,
        measuresOutcome: c.measuresOutcome,
        dueOn: c.dueOn,
      })),
    );
    await recordTrajectoryEvent(
      tx,
      actor,
      row,
      'placement.registered',
      {
        placementId,
        outcome: input.outcome,
        route: input.route,
        employerId: employer.employerId,
        vacancyId: employer.vacancyId,
        sector,
        sameSectorAsBefore: sameSector(row.oldSector, sector),
        startDate: input.startDate,
        hoursPerWeek: input.hoursPerWeek ?? null,
        monthlySalary: input.monthlySalary ?? null,
        contractType,
        monthlyIncomeBefore: old.monthlySalary,
        aftercareMonths: [...new Set(input.aftercareMonths)].sort((a, b) => a - b),
      },
      now,
    );
    await writeOutcome(
      tx,
      actor,
      row,
      {
        outcome: input.outcome,
        sector,
        route: input.route,
        placementId,
        employerId: employer.employerId,
        contractType,
        monthlyIncomeBefore: old.monthlySalary,
        monthlyIncomeAfter: input.monthlySalary ?? null,
        hoursBefore: old.hoursPerWeek,
        hoursAfter: input.hoursPerWeek ?? null,
        note: null,
      },
      now,
    );
    return { createdId: placementId };
  });
}
