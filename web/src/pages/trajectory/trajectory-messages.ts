import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client.ts';
import { errorMessage, type FieldErrors } from '../../api/error-messages.ts';
import { localiseFormMessage } from '../../components/form-messages.ts';

/**
 * The trajectory API explains refusals in English ("step: from step 1 the chain goes to step
 * 2, 3, 6, not 4"). Known ones are said in the user's words under trajectory.messages; the rest
 * go to the shared form localiser.
 */
const patterns: readonly [RegExp, string][] = [
  [/^from step (\d) the chain goes to step ([\d, ]+), not (\d)$/, 'illegalStep'],
  [/^re-entry returns to step (\d) or an earlier step$/, 'reentryStep'],
  [/^they left before triage; re-entry returns there$/, 'reentryBeforeTriage'],
  [/^steps change on an active trajectory only/, 'notActive'],
  [/^record the intake before triage$/, 'intakeFirst'],
  [/^the trajectory is in group (\d) already$/, 'sameGroup'],
  [/^the trajectory is (closed|dropped out); re-enter it first$/, 'reenterFirst'],
  [/^the trajectory is closed/, 'closed'],
  [/^durable_placement closes a trajectory in aftercare/, 'durableOnlyInAftercare'],
  [/^outcome_reached closes an active trajectory only$/, 'outcomeOnlyActive'],
  [/^dropped_out closes a trajectory of someone who dropped out only$/, 'droppedOutOnly'],
  [/^a (\w+) referral cannot become (\w+)$/, 'referralMove'],
  [/^say why it stopped$/, 'stopReason'],
  [/^job shadowing lasts one day to one week$/, 'shadowingLength'],
  [/^must be after the signing date$/, 'afterSigning'],
  [/^must not be before the start$/, 'notBeforeStart'],
  [/^name the employer/, 'employer'],
  [/^name the training/, 'trainingName'],
  [/^name the offer$/, 'offerName'],
  [/^which (\w+)\?$/, 'whichOffer'],
  [/^the vacancy is of another employer$/, 'vacancyEmployer'],
  [/^this person has a trajectory in progress$/, 'inProgress'],
  [/^choose a case organisation in your passport first$/, 'noCaseTeam'],
  [/^a placement is registered on an active trajectory/, 'placementActive'],
  [/^must name who agreed the goal$/, 'agreedWith'],
  [/^must be more than 0$/, 'positive'],
  [/^must be in whole cents$/, 'cents'],
  [/^must be a date-time like/, 'dateTime'],
  [/^Invalid option/, 'choose'],
  [/^Invalid input: expected (number|boolean)/, 'choose'],
];

export function trajectoryMessage(message: string, field: string | undefined, t: TFunction) {
  const bare = message.replace(/^[\w.]+: /, '');
  for (const [pattern, key] of patterns) {
    const match = bare.match(pattern);
    if (match) {
      return t(`trajectory.messages.${key}`, {
        a: match[1] ?? '',
        b: match[2] ?? '',
        c: match[3] ?? '',
      });
    }
  }
  return localiseFormMessage(message, field, t);
}

/**
 * The form field of an error path: "startDate" → startDate; "old.hoursPerWeek" → oldHoursPerWeek
 * when the form has such a field (nested objects are flat in the forms), else the first part.
 */
export function fieldKey(path: readonly PropertyKey[], fields: readonly string[]): string {
  const [first, second] = path.map(String);
  if (first === undefined) return 'form';
  if (second !== undefined && !/^\d+$/.test(second)) {
    const flat = `${first}${second.charAt(0).toUpperCase()}${second.slice(1)}`;
    if (fields.includes(flat)) return flat;
  }
  return first;
}

/** A server refusal: inline at the field the server names when the form has it, else general. */
export function trajectoryServerErrors(
  error: unknown,
  t: TFunction,
  fields: readonly string[],
): { fields: FieldErrors; general: string | null } {
  if (!(error instanceof ApiError) || ![400, 409].includes(error.status)) {
    return { fields: {}, general: errorMessage(error, t) };
  }
  const message = trajectoryMessage(error.message, error.field, t);
  const path = error.field?.replace(/^body\./, '').split('.') ?? [];
  const field = path.length > 0 ? fieldKey(path, fields) : null;
  if (field && fields.includes(field)) return { fields: { [field]: message }, general: null };
  return { fields: {}, general: message };
}
