import type { Db } from '../../../db/database.ts';
import type { Actor } from '../../auth/actor.ts';
import { recordEvent } from '../../events/record-event.ts';
import type { ImportVacanciesBody, VacancyImportReport } from '../contracts.ts';
import { readUploadedRows, toTable } from '../tabular/read-table.ts';
import { requirementsFromOccupation, resolveConcepts } from '../taxonomy-refs.ts';
import {
  checkVacancyRow,
  vacancyImportColumns,
  vacancyReferences,
} from '../vacancy-import-rows.ts';
import { insertVacancy } from '../vacancy-writer.ts';
import { hiringEmployerFor, valuesFromBody } from './post-vacancy.ts';

/**
 * Imports a vacancy list (CSV or XLSX) for one hiring employer. Every row is checked first;
 * the report lists each problem by row and column. Only when every row is valid, and it is not
 * a dry run, are all vacancies saved — in one transaction, so it is all or nothing.
 */
export async function importVacancies(
  db: Db,
  actor: Actor,
  input: ImportVacanciesBody,
  now: Date,
): Promise<VacancyImportReport> {
  const org = await hiringEmployerFor(db, actor, input.employerId);
  const table = toTable(
    await readUploadedRows(input.filename, input.contentBase64),
    vacancyImportColumns,
  );
  return db.transaction(async (tx) => {
    const base = { dryRun: input.dryRun, rowCount: table.rows.length, vacancyIds: [] };
    if (table.headerErrors.length > 0) {
      return { ...base, saved: false, errors: table.headerErrors, preview: [] };
    }
    const refs = vacancyReferences(table.rows);
    const lookups = {
      occupations: await resolveConcepts(tx, 'occupation', refs.occupations),
      skills: await resolveConcepts(tx, 'skill', refs.skills),
    };
    const checked = table.rows.map((r) => checkVacancyRow(r, lookups));
    const errors = checked.flatMap((c) => (c.ok ? [] : c.errors));
    const valid = checked.flatMap((c) => (c.ok ? [c] : []));
    const preview = valid.map(({ row, value }) => ({
      row,
      title: value.title,
      occupationId: value.occupationId ?? null,
      requirementsFromOccupation: value.fromOccupation,
      skillIds: value.requirements.map((r) => r.skillId),
      city: value.city ?? null,
      startDate: value.startDate ?? null,
      positions: value.positions,
    }));
    if (errors.length > 0 || input.dryRun) return { ...base, saved: false, errors, preview };

    const vacancyIds: string[] = [];
    for (const { value } of valid) {
      const requirements =
        value.fromOccupation && value.occupationId
          ? await requirementsFromOccupation(tx, value.occupationId)
          : value.requirements;
      const row = await insertVacancy(
        tx,
        actor,
        {
          regionId: org.regionId,
          employerId: org.id,
          values: valuesFromBody(value),
          requirements,
          status: value.status,
          via: 'import',
        },
        now,
      );
      vacancyIds.push(row.id);
    }
    await recordEvent(tx, {
      regionId: org.regionId,
      type: 'vacancy.list_imported',
      actorUserId: actor.userId,
      subjectType: 'organisation',
      subjectId: org.id,
      data: { filename: input.filename, vacancies: vacancyIds.length },
      occurredAt: now,
    });
    return { ...base, saved: true, errors: [], preview, vacancyIds };
  });
}
