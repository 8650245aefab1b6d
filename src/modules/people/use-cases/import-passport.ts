import type { Db } from '../../../db/database.ts';
import { invalidInput } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import type { ImportResult, PassportExport } from '../contracts.ts';
import { insertPerson } from '../new-person.ts';
import { personForEditing, recordPersonEvent } from '../person-access.ts';
import { planImport, urisOf, type ImportPlan } from '../passport-import-plan.ts';
import { passportView } from '../passport-view.ts';
import { replacePassportContent } from '../passport-writer.ts';
import type { PersonRow } from '../schema.ts';
import { lookupUris } from '../taxonomy-lookups.ts';

/** Resolves the document's URIs, or fails naming every unknown one (nothing is saved then). */
async function resolve(tx: Db, actor: Actor, doc: PassportExport) {
  const outcome = planImport(doc, await lookupUris(tx, urisOf(doc)), actor);
  if (!outcome.ok) {
    const [first] = outcome.errors;
    const message = outcome.errors.map((e) => `${e.path}: ${e.message}`).join('; ');
    throw invalidInput(first?.path ?? 'body', message);
  }
  return outcome;
}

async function write(
  tx: Db,
  actor: Actor,
  person: PersonRow,
  plan: ImportPlan,
  mode: 'new' | 'replace',
  now: Date,
) {
  const counts = await replacePassportContent(tx, person, plan, now);
  await recordPersonEvent(tx, actor, person, 'person.passport_imported', { mode, ...counts });
}

/**
 * Import as a new passport: for a candidate without one, their own; for a case manager, a new
 * person in their organisation's caseload. All or nothing.
 */
export async function importNewPassport(
  db: Db,
  actor: Actor,
  doc: PassportExport,
  now: Date,
): Promise<ImportResult> {
  return db.transaction(async (tx) => {
    const { plan, notices } = await resolve(tx, actor, doc);
    const person = await insertPerson(tx, actor, { personal: {} }, 'import', now);
    await write(tx, actor, person, plan, 'new', now);
    return { passport: await passportView(tx, actor, await reread(tx, actor, person.id)), notices };
  });
}

/**
 * Import into an existing passport: its content is replaced by the document's (personal data,
 * work history, education, skills, wishes); who it is (pseudonym, account, case organisation)
 * and its history stay. The history records how many entries were replaced. All or nothing.
 */
export async function replacePassport(
  db: Db,
  actor: Actor,
  personId: string,
  doc: PassportExport,
  now: Date,
): Promise<ImportResult> {
  return db.transaction(async (tx) => {
    const person = await personForEditing(tx, actor, personId);
    const { plan, notices } = await resolve(tx, actor, doc);
    await write(tx, actor, person, plan, 'replace', now);
    return { passport: await passportView(tx, actor, await reread(tx, actor, person.id)), notices };
  });
}

const reread = (tx: Db, actor: Actor, id: string) => personForEditing(tx, actor, id);
