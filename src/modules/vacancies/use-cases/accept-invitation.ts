import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { AppError, conflict, forbidden, invalidInput } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { createSession } from '../../auth/sessions.ts';
import { createUser } from '../../auth/use-cases/create-user.ts';
import { grantConsent } from '../../consent/use-cases/grant-consent.ts';
import { recordEvent } from '../../events/record-event.ts';
import { insertPerson } from '../../people/new-person.ts';
import { recordPersonEvent } from '../../people/person-access.ts';
import { persons, type PersonRow } from '../../people/schema.ts';
import type { AcceptedInvitation, AcceptInvitationBody } from '../invitation-contracts.ts';
import { openInvitation } from '../invitation-access.ts';
import { redundancyEnrolments } from '../schema.ts';

export interface AcceptOptions {
  /** The session lifetime for a new account, which is signed in at once. */
  sessionTtlHours: number;
}

export interface AcceptResult extends AcceptedInvitation {
  /** A session for the new account (set as the cookie by the route). */
  session: { token: string; expiresAt: Date } | null;
}

/** "Sandra de Vries" → given name "Sandra", family name "de Vries". */
function splitName(name: string): { givenName: string; familyName: string | null } {
  const [given = name, ...rest] = name.trim().split(/\s+/);
  return { givenName: given, familyName: rest.length > 0 ? rest.join(' ') : null };
}

/** A new candidate account in the transaction, with its e-mail conflict named for the form. */
async function newCandidate(
  tx: Db,
  account: NonNullable<AcceptInvitationBody['account']>,
  regionId: string,
  now: Date,
): Promise<Actor> {
  try {
    const user = await createUser(
      tx,
      null,
      { ...account, role: 'candidate', regionId, organisationId: null },
      now,
    );
    return { userId: user.id, role: 'candidate', regionId, organisationId: null };
  } catch (error) {
    if (error instanceof AppError && error.field === 'email') {
      throw conflict(
        'account.email: an account with this e-mail address exists; sign in first, then accept',
        'account.email',
      );
    }
    throw error;
  }
}

/**
 * The employee accepts the invitation of their (releasing) employer: the code is used up, the
 * invitation is linked to their passport (a new one if they have none, with the case
 * organisation they choose), the employer becomes their current employer, and they give the
 * consent they choose — progress, and the passport if the employer also hires — through the
 * consent module, so it shows in their consent history and can be withdrawn at any time.
 * Someone without an account creates a candidate account here and is signed in.
 */
export async function acceptInvitation(
  db: Db,
  sessionActor: Actor | null,
  input: AcceptInvitationBody,
  now: Date,
  options: AcceptOptions,
): Promise<AcceptResult> {
  if (sessionActor && sessionActor.role !== 'candidate') {
    throw forbidden('Invitations are for employees: sign out, then accept as yourself');
  }
  if (!sessionActor && !input.account) {
    throw invalidInput('account', 'account: sign in, or create an account to accept');
  }
  return db.transaction(async (tx) => {
    const { enrolment, notice, employer } = await openInvitation(tx, input.code, now, true);
    if (input.share.passport && !employer.kinds.includes('hiring_employer')) {
      throw invalidInput('share.passport', 'share.passport: this employer does not hire');
    }
    if (sessionActor && sessionActor.regionId !== notice.regionId) {
      throw conflict('code: this invitation is for another region', 'code');
    }
    const accountCreated = sessionActor === null;
    const actor =
      sessionActor ??
      (await newCandidate(
        tx,
        input.account as NonNullable<AcceptInvitationBody['account']>,
        notice.regionId,
        now,
      ));

    const [existing] = await tx
      .select()
      .from(persons)
      .where(and(eq(persons.userId, actor.userId), isNull(persons.erasedAt)));
    let person: PersonRow;
    if (existing) {
      person = existing;
    } else {
      const [user] = input.account ? [input.account] : [];
      const name = user?.name ?? enrolment.name ?? '';
      person = await insertPerson(
        tx,
        actor,
        {
          personal: {
            ...(name ? splitName(name) : {}),
            email: user?.email ?? enrolment.email,
          },
          caseOrganisationId: input.caseOrganisationId ?? null,
        },
        'form',
        now,
      );
    }
    if (person.currentEmployerId !== notice.employerId) {
      await tx
        .update(persons)
        .set({ currentEmployerId: notice.employerId, updatedAt: now })
        .where(eq(persons.id, person.id));
      await recordPersonEvent(tx, actor, person, 'person.personal_data_changed', {
        changed: ['currentEmployerId'],
        via: 'redundancy_invitation',
      });
    }

    await tx
      .update(redundancyEnrolments)
      .set({ status: 'accepted', personId: person.id, respondedAt: now })
      .where(eq(redundancyEnrolments.id, enrolment.id));
    if (input.share.progress) {
      await grantConsent(
        tx,
        actor,
        person.id,
        { purpose: 'progress_to_releasing_employer', recipientOrganisationId: employer.id },
        now,
      );
    }
    if (input.share.passport) {
      await grantConsent(
        tx,
        actor,
        person.id,
        { purpose: 'passport_to_hiring_employer', recipientOrganisationId: employer.id },
        now,
      );
    }
    await recordEvent(tx, {
      regionId: notice.regionId,
      type: 'redundancy_enrolment.accepted',
      actorUserId: actor.userId,
      subjectType: 'redundancy_enrolment',
      subjectId: enrolment.id,
      data: {
        noticeId: notice.id,
        employerId: notice.employerId,
        personId: person.id,
        sharesProgress: input.share.progress,
        sharesPassport: input.share.passport,
        accountCreated,
        passportCreated: !existing,
      },
      occurredAt: now,
    });
    const session = accountCreated
      ? await createSession(tx, actor.userId, now, options.sessionTtlHours)
      : null;
    return {
      enrolmentId: enrolment.id,
      personId: person.id,
      employer: { id: employer.id, name: employer.name },
      sharing: { progress: input.share.progress, passport: input.share.passport },
      accountCreated,
      passportCreated: !existing,
      session,
    };
  });
}
