import type { Db } from '../../../db/database.ts';
import type { Actor } from '../../auth/actor.ts';
import type { PassportExport } from '../contracts.ts';
import { personForReading, recordPersonEvent } from '../person-access.ts';
import { exportFileName, toPassportExport } from '../passport-export.ts';
import { readPassport } from '../passport-reader.ts';

/**
 * The passport as a portable `overstap.passport/v1` file. Personal data leaving the system is
 * worth knowing about, so every export is recorded in the passport's history.
 */
export async function exportPassport(
  db: Db,
  actor: Actor,
  personId: string,
  now: Date,
): Promise<{ fileName: string; document: PassportExport }> {
  return db.transaction(async (tx) => {
    const person = await personForReading(tx, actor, personId);
    const document = toPassportExport(await readPassport(tx, person), now);
    await recordPersonEvent(tx, actor, person, 'person.passport_exported', {
      format: document.format,
    });
    return { fileName: exportFileName(person.pseudonym), document };
  });
}
