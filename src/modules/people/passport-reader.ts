import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { users } from '../auth/schema.ts';
import { occupations, skills } from '../taxonomy/schema.ts';
import type { ConceptRef } from './contracts.ts';
import {
  personEducation,
  personSkills,
  personWishes,
  personWorkHistory,
  type PersonRow,
} from './schema.ts';

export type WorkHistoryRow = typeof personWorkHistory.$inferSelect;
export type EducationRow = typeof personEducation.$inferSelect;
export type PersonSkillRow = typeof personSkills.$inferSelect;
export type WishesRow = typeof personWishes.$inferSelect;

/** Everything of one passport, with the taxonomy URIs and labels it refers to. */
export interface PassportParts {
  person: PersonRow;
  workHistory: (WorkHistoryRow & { occupation: ConceptRef | null })[];
  education: EducationRow[];
  skills: (PersonSkillRow & { skill: ConceptRef; confirmedByName: string | null })[];
  wishes: (WishesRow & { occupations: ConceptRef[] }) | null;
}

const occupationRef = {
  id: occupations.id,
  uri: occupations.uri,
  labelNl: occupations.labelNl,
  labelEn: occupations.labelEn,
};

export async function readPassport(db: Db, person: PersonRow): Promise<PassportParts> {
  // One query after the other: inside a transaction they share one connection anyway.
  const work = await db
    .select({ entry: personWorkHistory, occupation: occupationRef })
    .from(personWorkHistory)
    .leftJoin(occupations, eq(occupations.id, personWorkHistory.occupationId))
    .where(eq(personWorkHistory.personId, person.id))
    .orderBy(
      sql`${personWorkHistory.endYear} desc nulls first`,
      sql`${personWorkHistory.startYear} desc nulls last`,
      asc(personWorkHistory.jobTitle),
      asc(personWorkHistory.id),
    );
  const education = await db
    .select()
    .from(personEducation)
    .where(eq(personEducation.personId, person.id))
    .orderBy(
      sql`${personEducation.year} desc nulls last`,
      asc(personEducation.name),
      asc(personEducation.id),
    );
  const skillRows = await db
    .select({
      row: personSkills,
      skill: { id: skills.id, uri: skills.uri, labelNl: skills.labelNl, labelEn: skills.labelEn },
      confirmedByName: users.name,
    })
    .from(personSkills)
    .innerJoin(skills, eq(skills.id, personSkills.skillId))
    .leftJoin(users, eq(users.id, personSkills.confirmedByUserId))
    .where(eq(personSkills.personId, person.id))
    .orderBy(asc(skills.labelNl), asc(skills.id));
  const [wishes] = await db.select().from(personWishes).where(eq(personWishes.personId, person.id));
  return {
    person,
    workHistory: work.map((w) => ({ ...w.entry, occupation: w.occupation })),
    education,
    skills: skillRows.map((s) => ({
      ...s.row,
      skill: s.skill,
      confirmedByName: s.confirmedByName,
    })),
    wishes: wishes
      ? { ...wishes, occupations: await occupationRefs(db, wishes.occupationIds) }
      : null,
  };
}

/** The occupations of a list of ids, in the order of the list. */
export async function occupationRefs(db: Db, ids: readonly number[]): Promise<ConceptRef[]> {
  if (ids.length === 0) return [];
  const found = await db
    .select(occupationRef)
    .from(occupations)
    .where(inArray(occupations.id, ids));
  const byId = new Map(found.map((o) => [o.id, o]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
