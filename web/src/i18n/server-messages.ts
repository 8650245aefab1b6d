import type { Locale } from './index.ts';

/**
 * The server explains validation errors in English ("postcode: must be a Dutch postcode like
 * 5211 AB"). The UI shows them next to the field without the field prefix, in Dutch where we
 * know the message; unknown messages are shown as the server wrote them.
 */
const dutch: Record<string, string> = {
  'must be a Dutch postcode like 5211 AB': 'Vul een Nederlandse postcode in, zoals 5211 AB.',
  'must be at least 2 characters': 'Vul minstens 2 tekens in.',
  'must be at least 10 characters': 'Gebruik minstens 10 tekens.',
  'must be at most 200 characters': 'Gebruik hoogstens 200 tekens.',
  'must be an e-mail address': 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
  'is required': 'Dit veld is verplicht.',
  'choose at least one kind': 'Kies minstens één soort organisatie.',
  'a user with this e-mail address exists': 'Er bestaat al een gebruiker met dit e-mailadres.',
  'organisation is in another region': 'Deze organisatie hoort bij een andere regio.',
  'no such organisation': 'Deze organisatie bestaat niet.',
  'no such region': 'Deze regio bestaat niet.',
  'you cannot deactivate or demote yourself':
    'U kunt uzelf niet deactiveren of een andere rol geven.',
};

const dutchPatterns: [RegExp, (m: RegExpMatchArray) => string][] = [
  [
    /^an organisation "(.+)" exists in this region$/,
    (m) => `Er bestaat al een organisatie "${m[1] ?? ''}" in deze regio.`,
  ],
  [/^a (\w+) must belong to an organisation$/, () => 'Kies een organisatie voor deze rol.'],
  [
    /^a (\w+) needs an organisation of kind/,
    () => 'Deze rol past niet bij de soort van de gekozen organisatie.',
  ],
];

export function stripFieldPrefix(message: string, field?: string): string {
  if (field && message.startsWith(`${field}: `)) return message.slice(field.length + 2);
  return message;
}

export function localiseServerMessage(
  message: string,
  field: string | undefined,
  locale: Locale,
): string {
  const bare = stripFieldPrefix(message, field);
  if (locale !== 'nl') return bare.charAt(0).toUpperCase() + bare.slice(1);
  const known = dutch[bare];
  if (known) return known;
  for (const [pattern, render] of dutchPatterns) {
    const match = bare.match(pattern);
    if (match) return render(match);
  }
  return bare;
}
