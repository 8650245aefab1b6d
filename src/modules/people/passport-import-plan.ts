import type { Actor } from '../auth/actor.ts';
import { normalisePostcode } from '../organisations/use-cases/normalise-postcode.ts';
import type { ImportNotice, PersonalData } from './contracts.ts';
import type { PassportExport } from './export-contract.ts';
import type { Evidence, SkillSource } from './field-rules.ts';
import type { EducationRow, WishesRow, WorkHistoryRow } from './passport-reader.ts';
import { maySetEvidence, verifiedEvidence } from './policies.ts';

/** Taxonomy URIs of this installation → its ids (skills only, not skill groups). */
export interface ImportLookups {
  skillIdByUri: ReadonlyMap<string, number>;
  occupationIdByUri: ReadonlyMap<string, number>;
}

export interface PlannedSkill {
  skillId: number;
  level: number;
  evidence: Evidence;
  source: SkillSource;
  note: string | null;
  confirmedAt: Date | null;
}

/** The rows an import writes, without the keys that the writer adds. */
export interface ImportPlan {
  personal: PersonalData;
  workHistory: Omit<WorkHistoryRow, 'id' | 'personId'>[];
  education: Omit<EducationRow, 'id' | 'personId'>[];
  skills: PlannedSkill[];
  wishes: Omit<WishesRow, 'personId' | 'updatedAt'> | null;
}

export type ImportOutcome =
  { ok: true; plan: ImportPlan; notices: ImportNotice[] } | { ok: false; errors: ImportNotice[] };

/** Every URI a document refers to, to look up in one query per kind. */
export function urisOf(doc: PassportExport): { skills: string[]; occupations: string[] } {
  return {
    skills: [...new Set(doc.skills.map((s) => s.uri))],
    occupations: [
      ...new Set([
        ...doc.workHistory.flatMap((w) => (w.occupationUri ? [w.occupationUri] : [])),
        ...(doc.wishes?.occupationUris ?? []),
      ]),
    ],
  };
}

/**
 * Turns a passport document into rows of this installation, or lists everything wrong with it by
 * path (`skills[3].uri`), so the import saves all or nothing. Evidence the importing actor may not
 * claim (a candidate's coach_verified or test, a certificate without a certificate entry) becomes
 * self, with a notice: this installation has not verified it.
 */
export function planImport(
  doc: PassportExport,
  lookups: ImportLookups,
  actor: Actor,
): ImportOutcome {
  const errors: ImportNotice[] = [];
  const notices: ImportNotice[] = [];
  const occupationId = (uri: string | null, path: string): number | null => {
    if (uri === null) return null;
    const id = lookups.occupationIdByUri.get(uri);
    if (id === undefined) errors.push({ path, message: `unknown occupation ${uri}` });
    return id ?? null;
  };

  const workHistory = doc.workHistory.map((w, i) => {
    if (w.startYear !== null && w.endYear !== null && w.endYear < w.startYear) {
      errors.push({ path: `workHistory[${i}].endYear`, message: 'must not be before startYear' });
    }
    const { occupationUri, occupationLabel: _label, ...fields } = w;
    return {
      ...fields,
      occupationId: occupationId(occupationUri, `workHistory[${i}].occupationUri`),
    };
  });

  const hasCertificateEntry = doc.education.some((e) => e.kind === 'certificate');
  const seen = new Set<string>();
  const skills = doc.skills.flatMap((s, i): PlannedSkill[] => {
    const path = `skills[${i}]`;
    if (seen.has(s.uri)) {
      errors.push({ path: `${path}.uri`, message: `${s.uri} is listed twice` });
      return [];
    }
    seen.add(s.uri);
    const skillId = lookups.skillIdByUri.get(s.uri);
    if (skillId === undefined) {
      errors.push({ path: `${path}.uri`, message: `unknown skill ${s.uri}` });
      return [];
    }
    const admissible = maySetEvidence(actor, s.evidence, hasCertificateEntry);
    if (!admissible) {
      notices.push({
        path: `${path}.evidence`,
        message: `${s.evidence} is not verified here; recorded as self`,
      });
    }
    const evidence = admissible ? s.evidence : 'self';
    return [
      {
        skillId,
        level: s.level,
        evidence,
        source: s.source,
        note: s.note,
        confirmedAt:
          verifiedEvidence.includes(evidence) && s.confirmedAt ? new Date(s.confirmedAt) : null,
      },
    ];
  });

  let wishes: ImportPlan['wishes'] = null;
  if (doc.wishes) {
    const { occupationUris, ...fields } = doc.wishes;
    if (fields.hoursMin !== null && fields.hoursMax !== null && fields.hoursMax < fields.hoursMin) {
      errors.push({ path: 'wishes.hoursMax', message: 'must not be below hoursMin' });
    }
    wishes = {
      ...fields,
      sectors: [...new Set(fields.sectors)],
      contractTypes: [...new Set(fields.contractTypes)],
      occupationIds: occupationUris.flatMap((uri, i) => {
        const id = occupationId(uri, `wishes.occupationUris[${i}]`);
        return id === null ? [] : [id];
      }),
    };
  }

  if (errors.length > 0) return { ok: false, errors };
  const { postcode } = doc.person;
  return {
    ok: true,
    notices,
    plan: {
      personal: { ...doc.person, postcode: postcode ? normalisePostcode(postcode) : null },
      workHistory,
      education: doc.education,
      skills,
      wishes,
    },
  };
}
