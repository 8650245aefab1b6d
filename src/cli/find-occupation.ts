import type { Command } from 'commander';
import { jobTitleQuery } from '../modules/taxonomy/contracts.ts';
import { findOccupationsForJobTitle } from '../modules/taxonomy/use-cases/search-concepts.ts';
import { openMigrated } from './open.ts';
import { print } from './output.ts';

export function registerFindOccupation(program: Command): void {
  program
    .command('find-occupation')
    .description('job title as people type it → the occupations they most likely mean, best first')
    .argument('<title>', 'a job title, e.g. "medewerker bediening"')
    .option('--lang <lang>', 'nl or en', 'nl')
    .option('--limit <n>', 'how many', '10')
    .option('--scheme <scheme>', 'esco or starter (default: both)')
    .option('--json', 'print a JSON array of {uri, label, score}')
    .action(
      async (
        title: string,
        opts: { lang: string; limit: string; scheme?: string; json?: boolean },
      ) => {
        const query = jobTitleQuery.parse({
          title,
          lang: opts.lang,
          limit: opts.limit,
          scheme: opts.scheme,
        });
        const { database } = await openMigrated();
        try {
          const hits = await findOccupationsForJobTitle(database.db, query);
          print(
            Boolean(opts.json),
            hits.map((h) => ({ uri: h.uri, label: h.label, score: h.score })),
            () =>
              hits.length === 0
                ? `No occupation found for "${title}".`
                : hits
                    .map(
                      (h, i) =>
                        `${String(i + 1).padStart(2)}. ${h.label}  (${h.score.toFixed(3)})  ${h.uri}`,
                    )
                    .join('\n'),
          );
        } finally {
          await database.close();
        }
      },
    );
}
