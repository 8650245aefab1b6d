import {
  passportExportSchema,
  type PassportExport,
} from '../../../../src/modules/people/contracts.ts';
import { passportMessage } from './field-messages.ts';

export type ReadResult =
  { ok: true; document: PassportExport } | { ok: false; problems: string[]; notJson?: boolean };

const MAX_PROBLEMS = 10;

/** `['skills', 3, 'uri']` → `skills[3].uri`, the way the server names paths too. */
export function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === 'number') return `${out}[${part}]`;
    return out ? `${out}.${String(part)}` : String(part);
  }, '');
}

/**
 * Reads a passport file and checks it against the same contract the server uses, so problems
 * show at once, each naming where in the file it is (skills[3].level: …).
 */
export async function readPassportFile(file: File): Promise<ReadResult> {
  let data: unknown;
  try {
    data = JSON.parse(await file.text());
  } catch {
    return { ok: false, problems: [], notJson: true };
  }
  const result = passportExportSchema.safeParse(data);
  if (result.success) return { ok: true, document: result.data };
  return {
    ok: false,
    problems: result.error.issues
      .slice(0, MAX_PROBLEMS)
      .map((issue) => `${pathText(issue.path) || '–'}: ${passportMessage(issue.message)}`),
  };
}

/** The server lists every unknown URI in one message: "skills[0].uri: …; skills[4].uri: …". */
export const serverProblems = (message: string): string[] =>
  message
    .split('; ')
    .filter((m) => m.trim() !== '')
    .map((m) => {
      const at = m.indexOf(': ');
      return at < 0 ? m : `${m.slice(0, at)}: ${passportMessage(m.slice(at + 2))}`;
    });
