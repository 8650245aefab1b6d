import { describe, expect, it } from 'vitest';
import {
  STARTER_SECTOR_CODES,
  STARTER_SKILL_TYPES,
  starterTaxonomy,
  type StarterOccupation,
} from './index.ts';

const { sectors, skillGroups, skills, occupations } = starterTaxonomy;

const skillByCode = new Map(skills.map((s) => [s.code, s]));
const groupByCode = new Map(skillGroups.map((g) => [g.code, g]));
const occupationByCode = new Map(occupations.map((o) => [o.code, o]));

/** Parent → children over groups and skills together. */
const children = new Map<string, string[]>();
for (const node of [...skillGroups, ...skills]) {
  if (!node.broader) continue;
  const list = children.get(node.broader) ?? [];
  list.push(node.code);
  children.set(node.broader, list);
}

/** The matching engine only gives sibling credit under parents with at most this many children. */
const MAX_SIBLING_GROUP = 30;

const CATERING = 'occupation.catering-employee';

function sharedEssentials(a: StarterOccupation, b: StarterOccupation): string[] {
  const set = new Set(a.essentialSkills);
  return b.essentialSkills.filter((s) => set.has(s));
}

function occupation(code: string): StarterOccupation {
  const o = occupationByCode.get(code);
  if (!o) throw new Error(`missing occupation ${code}`);
  return o;
}

describe('starter taxonomy: size and coverage', () => {
  it('has at least 500 skills (groups not counted) and 80 occupations', () => {
    expect(skills.length).toBeGreaterThanOrEqual(500);
    expect(occupations.length).toBeGreaterThanOrEqual(80);
  });

  it('has exactly the eleven seed sectors', () => {
    expect(sectors.map((s) => s.code).sort()).toEqual([...STARTER_SECTOR_CODES].sort());
  });

  it('has at least 3 occupations in every sector and 10 in the four big ones', () => {
    const perSector = new Map<string, number>();
    for (const o of occupations) perSector.set(o.sector, (perSector.get(o.sector) ?? 0) + 1);
    for (const s of sectors) expect(perSector.get(s.code) ?? 0, s.code).toBeGreaterThanOrEqual(3);
    for (const big of ['hospitality', 'care', 'logistics', 'technology']) {
      expect(perSector.get(big) ?? 0, big).toBeGreaterThanOrEqual(10);
    }
  });

  it('has language, digital and certificate skills', () => {
    for (const code of [
      'language.dutch-b1',
      'language.dutch-b2',
      'language.english',
      'digital.basic-computer',
      'safety.vca-basic',
      'safety.bhv',
      'logistics.forklift-certificate',
      'food.haccp-certificate',
      'transport.licence-c',
      'transport.licence-ce',
      'transport.code-95',
    ]) {
      expect(skillByCode.has(code), code).toBe(true);
    }
    expect(skills.filter((s) => s.certificate).length).toBeGreaterThanOrEqual(20);
  });
});

describe('starter taxonomy: integrity', () => {
  it('has unique codes across sectors, groups, skills and occupations', () => {
    const all = [
      ...sectors.map((s) => s.code),
      ...skillGroups.map((g) => g.code),
      ...skills.map((s) => s.code),
      ...occupations.map((o) => o.code),
    ];
    const dupes = all.filter((c, i) => all.indexOf(c) !== i);
    expect(dupes).toEqual([]);
  });

  it('uses stable slug codes with the right prefixes', () => {
    const slug = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
    for (const g of skillGroups) expect(g.code, g.code).toMatch(/^group\./);
    for (const o of occupations) expect(o.code, o.code).toMatch(/^occupation\./);
    for (const s of skills)
      expect(s.code.startsWith('group.') || s.code.startsWith('occupation.')).toBe(false);
    for (const c of [...skillGroups, ...skills, ...occupations].map((x) => x.code)) {
      expect(c, c).toMatch(slug);
    }
  });

  it('resolves every broader reference (skills → skill or group, groups → group)', () => {
    const unresolved: string[] = [];
    for (const s of skills) {
      if (!s.broader) unresolved.push(`${s.code} has no broader`);
      else if (!skillByCode.has(s.broader) && !groupByCode.has(s.broader)) {
        unresolved.push(`${s.code} → ${s.broader}`);
      }
    }
    for (const g of skillGroups) {
      if (g.broader && !groupByCode.has(g.broader)) unresolved.push(`${g.code} → ${g.broader}`);
    }
    expect(unresolved).toEqual([]);
  });

  it('nests groups at most two deep and gives every group children', () => {
    for (const g of skillGroups) {
      if (g.broader) expect(groupByCode.get(g.broader)?.broader, g.code).toBeUndefined();
      expect(children.get(g.code)?.length ?? 0, g.code).toBeGreaterThan(0);
    }
  });

  it('has no cycles in the hierarchy', () => {
    const parentOf = new Map<string, string>();
    for (const n of [...skillGroups, ...skills]) if (n.broader) parentOf.set(n.code, n.broader);
    const cycles: string[] = [];
    for (const start of parentOf.keys()) {
      const seen = new Set<string>([start]);
      let cur = parentOf.get(start);
      while (cur !== undefined) {
        if (seen.has(cur)) {
          cycles.push(start);
          break;
        }
        seen.add(cur);
        cur = parentOf.get(cur);
      }
    }
    expect(cycles).toEqual([]);
  });

  it('keeps every family small enough for sibling credit', () => {
    const big = [...children].filter(([, c]) => c.length > MAX_SIBLING_GROUP).map(([p]) => p);
    expect(big).toEqual([]);
  });

  it('resolves every occupation skill and sector reference', () => {
    const sectorCodes = new Set(sectors.map((s) => s.code));
    const unresolved: string[] = [];
    for (const o of occupations) {
      if (!sectorCodes.has(o.sector)) unresolved.push(`${o.code} sector ${o.sector}`);
      for (const c of [...o.essentialSkills, ...o.optionalSkills]) {
        if (!skillByCode.has(c)) unresolved.push(`${o.code} → ${c}`);
      }
    }
    expect(unresolved).toEqual([]);
  });

  it('uses every skill in an occupation, or as the parent of narrower skills (no orphans)', () => {
    const used = new Set(occupations.flatMap((o) => [...o.essentialSkills, ...o.optionalSkills]));
    const orphans = skills
      .filter((s) => !used.has(s.code) && !children.has(s.code))
      .map((s) => s.code);
    expect(orphans, `orphan skills: ${orphans.join(', ')}`).toEqual([]);
  });

  it('uses only known skill types and valid ISCO-08 codes', () => {
    const types = new Set<string>(STARTER_SKILL_TYPES);
    for (const s of skills) expect(types.has(s.type), s.code).toBe(true);
    for (const o of occupations) if (o.iscoCode) expect(o.iscoCode, o.code).toMatch(/^\d{4}$/);
  });
});

describe('starter taxonomy: occupations', () => {
  it('gives every occupation 6–15 essential and 3–10 optional skills, without repeats', () => {
    for (const o of occupations) {
      expect(o.essentialSkills.length, o.code).toBeGreaterThanOrEqual(6);
      expect(o.essentialSkills.length, o.code).toBeLessThanOrEqual(15);
      expect(o.optionalSkills.length, o.code).toBeGreaterThanOrEqual(3);
      expect(o.optionalSkills.length, o.code).toBeLessThanOrEqual(10);
      const all = [...o.essentialSkills, ...o.optionalSkills];
      expect(new Set(all).size, `${o.code} repeats a skill`).toBe(all.length);
    }
  });

  it('defines every occupation by more than transversal skills', () => {
    for (const o of occupations) {
      const specific = o.essentialSkills.filter((c) => skillByCode.get(c)?.type !== 'transversal');
      expect(specific.length, o.code).toBeGreaterThanOrEqual(3);
    }
  });

  it('has no duplicate Dutch preferred labels among occupations', () => {
    const labels = occupations.map((o) => o.labelNl.toLowerCase());
    expect(labels.filter((l, i) => labels.indexOf(l) !== i)).toEqual([]);
  });

  it('has no duplicate Dutch preferred labels among skills', () => {
    const labels = skills.map((s) => s.labelNl.toLowerCase());
    expect(labels.filter((l, i) => labels.indexOf(l) !== i)).toEqual([]);
  });

  it('contains the job titles people search for', () => {
    const titles = new Set(occupations.flatMap((o) => [o.labelNl, ...o.altLabelsNl]));
    for (const t of [
      'Medewerker bediening',
      'ober',
      'serveerster',
      'kelner',
      'Kok',
      'Cateringmedewerker',
      'Zorgmedewerker niveau 3 (VIG)',
      'Helpende zorg en welzijn',
      'Heftruckchauffeur',
      'Orderpicker',
      'Magazijnmedewerker',
      'Monteur elektrotechniek',
      'Onderwijsassistent',
      'Servicedesk medewerker',
      'Handhaver (BOA)',
      'Schoonmaker',
    ]) {
      expect(titles.has(t), t).toBe(true);
    }
  });
});

describe('starter taxonomy: labels', () => {
  const nonEmpty = (v: string) => v.trim().length > 0 && v === v.trim();

  it('has non-empty, trimmed labels and descriptions everywhere', () => {
    const bad: string[] = [];
    for (const s of sectors) if (!nonEmpty(s.labelNl) || !nonEmpty(s.labelEn)) bad.push(s.code);
    for (const g of skillGroups) if (!nonEmpty(g.labelNl) || !nonEmpty(g.labelEn)) bad.push(g.code);
    for (const s of skills) {
      const labels = [s.labelNl, s.labelEn, ...s.altLabelsNl, ...s.altLabelsEn];
      if (
        !labels.every(nonEmpty) ||
        (s.descriptionNl !== undefined && !nonEmpty(s.descriptionNl))
      ) {
        bad.push(s.code);
      }
    }
    for (const o of occupations) {
      const labels = [o.labelNl, o.labelEn, o.descriptionNl, ...o.altLabelsNl, ...o.altLabelsEn];
      if (!labels.every(nonEmpty)) bad.push(o.code);
    }
    expect(bad).toEqual([]);
  });

  it('gives every skill and occupation Dutch synonyms, none equal to its own label', () => {
    for (const x of [...skills, ...occupations]) {
      expect(x.altLabelsNl.length, x.code).toBeGreaterThan(0);
      const nl = x.altLabelsNl.map((l) => l.toLowerCase());
      const en = x.altLabelsEn.map((l) => l.toLowerCase());
      expect(nl, x.code).not.toContain(x.labelNl.toLowerCase());
      expect(en, x.code).not.toContain(x.labelEn.toLowerCase());
      expect(new Set(nl).size, `${x.code} repeats a Dutch synonym`).toBe(nl.length);
      expect(new Set(en).size, `${x.code} repeats an English synonym`).toBe(en.length);
    }
  });

  it('does not give two skills, or two occupations, the same Dutch label or synonym', () => {
    for (const list of [skills, occupations]) {
      const owner = new Map<string, string>();
      const clashes: string[] = [];
      for (const x of list) {
        for (const label of [x.labelNl, ...x.altLabelsNl]) {
          const key = label.toLowerCase();
          const other = owner.get(key);
          if (other !== undefined && other !== x.code)
            clashes.push(`${label}: ${other} / ${x.code}`);
          owner.set(key, x.code);
        }
      }
      expect(clashes).toEqual([]);
    }
  });
});

describe('starter taxonomy: cross-sector paths from catering', () => {
  const catering = occupation(CATERING);

  it('shares at least 3 essential skills between catering and a care occupation', () => {
    const care = occupations.filter(
      (o) => o.sector === 'care' && sharedEssentials(catering, o).length >= 3,
    );
    expect(care.map((o) => o.code)).toContain('occupation.care-helper');
  });

  it('shares at least 3 essential skills between catering and a logistics occupation', () => {
    const logistics = occupations.filter(
      (o) => o.sector === 'logistics' && sharedEssentials(catering, o).length >= 3,
    );
    expect(logistics.map((o) => o.code)).toContain('occupation.order-picker');
  });

  it('leaves a real gap on those paths', () => {
    const held = new Set([...catering.essentialSkills, ...catering.optionalSkills]);
    const careGap = occupation('occupation.care-worker-vig').essentialSkills.filter(
      (s) => !held.has(s),
    );
    expect(careGap).toContain('care.medication');
    expect(careGap).toContain('care.vital-signs');
    const forkliftGap = occupation('occupation.forklift-driver').essentialSkills.filter(
      (s) => !held.has(s),
    );
    expect(forkliftGap).toContain('logistics.forklift-certificate');
  });

  it('puts the transversal bridge skills in many sectors', () => {
    for (const code of [
      'transversal.customer-orientation',
      'transversal.shift-work',
      'transversal.hygiene-protocols',
      'transversal.physical-work',
      'transversal.teamwork',
      'transversal.planning',
    ]) {
      const inSectors = new Set(
        occupations
          .filter((o) => o.essentialSkills.includes(code) || o.optionalSkills.includes(code))
          .map((o) => o.sector),
      );
      expect(inSectors.size, code).toBeGreaterThanOrEqual(4);
    }
  });
});
