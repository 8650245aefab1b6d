import type { Db } from '../../../db/database.ts';
import { forbidden } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import type { ImportFileBody } from '../contracts.ts';
import {
  checkEnrolmentRow,
  duplicateEmailErrors,
  enrolmentImportColumns,
} from '../enrolment-import-rows.ts';
import { createInvitations, invitedEmails } from '../enrolment-writer.ts';
import {
  noticeForManaging,
  noticeForReading,
  recordNoticeEvent,
  requireOpenNotice,
} from '../notice-access.ts';
import { mayManageNotice } from '../redundancy-policies.ts';
import type { EnrolmentImportReport } from '../redundancy-contracts.ts';
import { readUploadedRows, toTable } from '../tabular/read-table.ts';
import { resolveConcepts } from '../taxonomy-refs.ts';

/**
 * Imports the list of affected employees (CSV or XLSX: name, e-mail, function, contract end
 * date). Row errors come back before anything is saved; only a valid file that is not a dry run
 * makes invitations — all of them, in one transaction.
 */
export async function importEnrolments(
  db: Db,
  actor: Actor,
  noticeId: string,
  input: ImportFileBody,
  now: Date,
): Promise<EnrolmentImportReport> {
  // Who may import is settled before the file is read; the transaction below locks the notice.
  if (!mayManageNotice(actor, await noticeForReading(db, actor, noticeId))) {
    throw forbidden('Only the employer invites its employees');
  }
  const table = toTable(
    await readUploadedRows(input.filename, input.contentBase64),
    enrolmentImportColumns,
  );
  return db.transaction(async (tx) => {
    const notice = await noticeForManaging(tx, actor, noticeId);
    requireOpenNotice(notice);
    const base = { dryRun: input.dryRun, rowCount: table.rows.length, invitations: [] };
    if (table.headerErrors.length > 0) {
      return { ...base, saved: false, errors: table.headerErrors, preview: [] };
    }
    const functions = await resolveConcepts(
      tx,
      'occupation',
      table.rows.map((r) => r.cells.function ?? ''),
    );
    const checked = table.rows.map((r) => checkEnrolmentRow(r, functions));
    const valid = checked.flatMap((c) => (c.ok ? [c] : []));
    const errors = [
      ...checked.flatMap((c) => (c.ok ? [] : c.errors)),
      ...duplicateEmailErrors(
        valid.map((v) => ({ row: v.row, email: v.value.email })),
        await invitedEmails(tx, noticeId),
      ),
    ].sort((a, b) => a.row - b.row);
    const preview = valid.map((v) => v.value);
    if (errors.length > 0 || input.dryRun) return { ...base, saved: false, errors, preview };
    const invitations = await createInvitations(tx, actor, notice, preview, 'import', now);
    await recordNoticeEvent(
      tx,
      actor,
      notice,
      'redundancy_notice.employees_invited',
      { count: invitations.length, via: 'import', filename: input.filename },
      now,
    );
    return { ...base, saved: true, errors: [], preview, invitations };
  });
}
