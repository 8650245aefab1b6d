import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import type { Actor } from '../../auth/actor.ts';
import { users } from '../../auth/schema.ts';
import { events } from '../../events/schema.ts';
import { organisations } from '../../organisations/schema.ts';
import { toPassportExport } from '../../people/passport-export.ts';
import { readPassport } from '../../people/passport-reader.ts';
import { trajectoriesOfPerson } from '../../trajectories/personal-data.ts';
import { redundancyEnrolments, redundancyNotices } from '../../vacancies/schema.ts';
import { DATA_EXPORT_FORMAT, type DataExport } from '../contracts.ts';
import { personFor, recordPersonRightsEvent } from '../person-lookup.ts';
import { mayExportPersonalData } from '../policies.ts';
import { accessLogOf, consentsOf } from '../presenters.ts';

async function orgRef(db: Db, id: string | null) {
  if (!id) return null;
  const [org] = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, id));
  return org ?? null;
}

/**
 * All data Overstap holds about a person, as one JSON document (the right of access and of data
 * portability): passport, account, trajectories (intake obstacles included), consents, who read
 * the data, redundancy enrolments and the events about them. The export itself is an event.
 */
export async function exportPersonalData(
  db: Db,
  actor: Actor,
  personId: string,
  now: Date,
): Promise<DataExport> {
  return db.transaction(async (tx) => {
    const person = await personFor(tx, actor, personId, mayExportPersonalData);
    const [account] = person.userId
      ? await tx.select().from(users).where(eq(users.id, person.userId))
      : [];
    const trajectories = await trajectoriesOfPerson(tx, person.id);
    const enrolments = await tx
      .select({ enrolment: redundancyEnrolments, employerId: redundancyNotices.employerId })
      .from(redundancyEnrolments)
      .innerJoin(redundancyNotices, eq(redundancyNotices.id, redundancyEnrolments.noticeId))
      .where(eq(redundancyEnrolments.personId, person.id));
    const trajectoryIds = trajectories.map((t) => t.id);
    const eventRows = await tx
      .select()
      .from(events)
      .where(
        or(
          and(eq(events.subjectType, 'person'), eq(events.subjectId, person.id)),
          trajectoryIds.length
            ? and(eq(events.subjectType, 'trajectory'), inArray(events.subjectId, trajectoryIds))
            : undefined,
        ),
      )
      .orderBy(asc(events.occurredAt));
    const document: DataExport = {
      format: DATA_EXPORT_FORMAT,
      exportedAt: now.toISOString(),
      person: {
        id: person.id,
        pseudonym: person.pseudonym,
        caseOrganisation: await orgRef(tx, person.caseOrganisationId),
        currentEmployer: await orgRef(tx, person.currentEmployerId),
        createdAt: person.createdAt.toISOString(),
      },
      passport: toPassportExport(await readPassport(tx, person), now),
      account: account
        ? {
            email: account.email,
            name: account.name,
            role: account.role,
            locale: account.locale,
            createdAt: account.createdAt.toISOString(),
            lastLoginAt: account.lastLoginAt?.toISOString() ?? null,
          }
        : null,
      trajectories,
      consents: await consentsOf(tx, person.id, now),
      accessLog: await accessLogOf(tx, person.id),
      redundancyEnrolments: [],
      events: eventRows.map((e) => ({
        type: e.type,
        occurredAt: e.occurredAt.toISOString(),
        subjectType: e.subjectType,
        subjectId: e.subjectId,
        data: e.data,
      })),
    };
    // One query at a time: a transaction has one connection.
    for (const { enrolment: e, employerId } of enrolments) {
      document.redundancyEnrolments.push({
        noticeId: e.noticeId,
        employer: await orgRef(tx, employerId),
        name: e.name,
        email: e.email,
        functionTitle: e.functionTitle,
        status: e.status,
        invitedAt: e.invitedAt.toISOString(),
        respondedAt: e.respondedAt?.toISOString() ?? null,
      });
    }
    await recordPersonRightsEvent(
      tx,
      actor,
      person,
      'person.data_exported',
      { format: DATA_EXPORT_FORMAT },
      now,
    );
    return document;
  });
}
