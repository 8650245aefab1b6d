import type { TFunction } from 'i18next';
import { currentLocale } from '../i18n/index.ts';
import { localiseServerMessage, stripFieldPrefix } from '../i18n/server-messages.ts';

/**
 * The validation messages of the vacancy, notice and offer contracts in the user's words.
 * The contracts speak English ("must be a date like 2025-09-01"); each known message has a key
 * under offers.messages; numbers in a message become parameters. Unknown messages go to the
 * shared localiser, which shows them as the server wrote them.
 */
const patterns: readonly [RegExp, string][] = [
  [/^must be at least (\d+) characters$/, 'minChars'],
  [/^must be at most (\d+) characters$/, 'maxChars'],
  [/^must be a date like .* or /, 'dateCell'],
  [/^must be a date like/, 'date'],
  [/^must be a Dutch postcode/, 'postcode'],
  [/^must be an e-mail address$/, 'email'],
  [/^must be a phone number/, 'phone'],
  [/^must be a whole number$/, 'wholeNumber'],
  [/^must be whole euros$/, 'wholeNumber'],
  [/^must be 1, 2, 3 or 4$/, 'level'],
  [/^must be at least hoursMin$/, 'hoursBand'],
  [/^must be at least salaryMin$/, 'salaryBand'],
  [/^must be at least (\d+)$/, 'minNumber'],
  [/^must be at most (\d+)$/, 'maxNumber'],
  [/^Too small: expected number to be >=?(\d+)$/, 'minNumber'],
  [/^Too big: expected number to be <=?(\d+)$/, 'maxNumber'],
  [/^Too small: expected string to have >=?(\d+) characters?$/, 'minChars'],
  [/^Too big: expected string to have <=?(\d+) characters?$/, 'maxChars'],
  [/^must list at most (\d+) skills$/, 'maxSkills'],
  [/^must list at most (\d+) tasks$/, 'maxTasks'],
  [/^give this part at least one task$/, 'carveTask'],
  [/^give the two new vacancies different titles$/, 'carveTitles'],
  [/^add at least one employee$/, 'addEmployee'],
  [/^is required$/, 'required'],
  [/^(\d+) problems? in the file; nothing was saved$/, 'importRefused'],
  [/^must end in \.csv or \.xlsx$/, 'fileType'],
  [/^must be at most 10 MB$/, 'fileSize'],
  [/^the notice is closed/, 'noticeClosed'],
  [/^a (\w+) vacancy is no longer changed$/, 'vacancyFinal'],
  [/^a (\w+) vacancy cannot be carved$/, 'vacancyFinal'],
  [/^(?<value>.+) is already invited for this notice$/, 'alreadyInvited'],
  [/^must be a number or a range like/, 'range'],
  [/^must be ja or nee$/, 'yesNo'],
  [/^no (occupation|skill) called "(?<value>.+)"/, 'unknownConcept'],
  [/^"(?<value>.+)" names \d+ (occupation|skill)s/, 'ambiguousConcept'],
  [/^no invitation has this code/, 'codeUnknown'],
  [/^must be 12 letters and digits/, 'codeFormat'],
  [/^this invitation has already been answered/, 'codeUsed'],
  [/^this invitation has expired/, 'codeExpired'],
  [/^this invitation is for another region/, 'codeRegion'],
  [/^an account with this e-mail address exists/, 'accountExists'],
  [/^sign in, or create an account/, 'accountNeeded'],
  [/^this employee has accepted/, 'alreadyAccepted'],
  [/^this employer does not hire/, 'employerDoesNotHire'],
  [/^job shadowing lasts one day to one week/, 'shadowingLength'],
  [/^must be on or after startDate/, 'endBeforeStart'],
  [/^Invalid input/, 'invalid'],
];

export function localiseFormMessage(message: string, field: string | undefined, t: TFunction) {
  const bare = stripFieldPrefix(message, field).replace(/^[\w.]+: /, '');
  for (const [pattern, key] of patterns) {
    const match = bare.match(pattern);
    if (match) {
      const value = match.groups?.value ?? match[1] ?? '';
      return t(`offers.messages.${key}`, { n: match[1] ?? '', value });
    }
  }
  return localiseServerMessage(bare, undefined, currentLocale());
}
