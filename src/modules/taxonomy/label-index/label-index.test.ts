import { describe, expect, it } from 'vitest';
import { toSearchText } from '../search-text.ts';
import { type IndexedConcept, type IndexedLabel, LabelIndex } from './label-index.ts';
import { searchJobTitle } from './job-title-search.ts';
import { textSimilarity, trigramSimilarity, wordSimilarity, wordTrigrams } from './trigrams.ts';

const concepts: IndexedConcept[] = [
  {
    id: 1,
    uri: 's:1',
    scheme: 'starter',
    labelNl: 'Schoonmaak van vloeren',
    labelEn: 'Floor cleaning',
    offered: true,
  },
  {
    id: 2,
    uri: 's:2',
    scheme: 'starter',
    labelNl: 'Klantgerichtheid',
    labelEn: 'Customer orientation',
    offered: true,
  },
  { id: 3, uri: 's:3', scheme: 'starter', labelNl: 'Zorg', labelEn: 'Care', offered: false },
  {
    id: 4,
    uri: 's:4',
    scheme: 'starter',
    labelNl: 'Persoonlijke verzorging bieden',
    labelEn: 'Provide personal care',
    offered: true,
  },
  {
    id: 5,
    uri: 'e:5',
    scheme: 'esco',
    labelNl: 'heftrucks bedienen',
    labelEn: 'operate forklift',
    offered: true,
  },
  {
    id: 6,
    uri: 'e:6',
    scheme: 'esco',
    labelNl: 'ovens bedienen',
    labelEn: 'operate ovens',
    offered: true,
  },
  { id: 7, uri: 'e:7', scheme: 'esco', labelNl: 'C#', labelEn: 'C#', offered: true },
  {
    id: 8,
    uri: 'e:8',
    scheme: 'esco',
    labelNl: 'anderen onderwijzen',
    labelEn: 'teach others',
    offered: true,
  },
  {
    id: 9,
    uri: 's:9',
    scheme: 'starter',
    labelNl: 'Zorg dragen voor hygiëne',
    labelEn: 'Ensure hygiene',
    offered: true,
  },
];

let nextLabelId = 1;
const label = (conceptId: number, text: string, kind = 'preferred', lang = 'nl'): IndexedLabel => ({
  id: nextLabelId++,
  conceptId,
  kind,
  lang,
  label: text,
  searchText: toSearchText(text),
});

const labels: IndexedLabel[] = [
  ...concepts.flatMap((c) => [
    label(c.id, c.labelNl as string),
    label(c.id, c.labelEn as string, 'preferred', 'en'),
  ]),
  label(1, 'mopping', 'alt', 'en'),
  label(1, 'dweilen', 'alt'),
  label(4, 'verzorgen', 'hidden'),
];

const index = new LabelIndex(concepts, labels);
const search = (q: string, opts: { lang?: 'nl' | 'en'; scheme?: string; limit?: number } = {}) =>
  index.search({
    q: toSearchText(q),
    lang: opts.lang ?? 'nl',
    scheme: opts.scheme ?? null,
    limit: opts.limit ?? 10,
  });
const shown = (q: string, opts?: Parameters<typeof search>[1]) =>
  search(q, opts).map((h) => h.label);

describe('trigrams as pg_trgm makes them', () => {
  it('pads a word with two spaces in front and one behind', () => {
    expect(wordTrigrams('kok')).toEqual(['  k', ' ko', 'kok', 'ok ']);
  });

  it('scores a typo high and another word low', () => {
    // schoonmak / schoonmaak share 9 of 12 distinct trigrams.
    expect(trigramSimilarity(wordTrigrams('schoonmak'), wordTrigrams('schoonmaak'))).toBeCloseTo(
      0.75,
    );
    expect(trigramSimilarity(wordTrigrams('kok'), wordTrigrams('zorg'))).toBe(0);
  });
});

describe('skill autocomplete from memory', () => {
  it('puts the whole label before a label prefix before a later word', () => {
    expect(shown('zorg dragen voor hygiene')[0]).toBe('Zorg dragen voor hygiëne');
    // "verzorging" is a later word of concept 4; "zorg" starts concept 9's label.
    expect(shown('zorg')).toEqual(['Zorg dragen voor hygiëne']);
    expect(shown('verzorg')).toEqual(['Persoonlijke verzorging bieden']);
  });

  it('never offers what is not offered, such as a group of the hierarchy', () => {
    expect(shown('zorg')).not.toContain('Zorg');
  });

  it('finds several words inside a label', () => {
    expect(shown('heftrucks bed')[0]).toBe('heftrucks bedienen');
    expect(shown('bedienen').sort()).toEqual(['heftrucks bedienen', 'ovens bedienen']);
  });

  it('tolerates a typo, also in a word still being typed', () => {
    expect(shown('schoonmak')[0]).toBe('Schoonmaak van vloeren');
    expect(shown('onerwij')[0]).toBe('anderen onderwijzen');
    expect(shown('klantgerihtheid')[0]).toBe('Klantgerichtheid');
  });

  it('does not offer a label that holds only a small word of the query', () => {
    expect(shown('wash a c')).not.toContain('C#');
  });

  it('answers in the language asked for and names the label that matched', () => {
    expect(search('mopping')[0]).toMatchObject({
      id: 1,
      label: 'Schoonmaak van vloeren',
      matchedLabel: 'mopping',
    });
    expect(search('dweilen', { lang: 'en' })[0]).toMatchObject({
      label: 'Floor cleaning',
      matchedLabel: 'dweilen',
    });
    expect(search('klantgericht')[0]).toMatchObject({
      label: 'Klantgerichtheid',
      matchedLabel: null,
    });
  });

  it('keeps to a scheme and a limit', () => {
    expect(shown('bedienen', { scheme: 'starter' })).toEqual([]);
    expect(shown('bedienen', { limit: 1 })).toHaveLength(1);
  });

  it('finds a concept by a hidden label, below one found by a visible label', () => {
    expect(shown('verzorgen')).toEqual(['Persoonlijke verzorging bieden']);
  });

  it('returns nothing for an empty query and a word it does not know', () => {
    expect(search('')).toEqual([]);
    expect(search('xyzzy')).toEqual([]);
  });

  it('is the same after many searches (its work buffers are cleaned)', () => {
    const first = search('schoonmak');
    for (const q of ['a', 'b', 'zorg', 'onerwij', 'wash a c', 'heftrucks bed']) search(q);
    expect(search('schoonmak')).toEqual(first);
  });
});

describe('pg_trgm similarity functions, computed in memory', () => {
  // Expected values as pg_trgm returns them (PGlite 0.5 = PostgreSQL 18) (select word_similarity(…), …).
  it('gives word_similarity as PostgreSQL does', () => {
    expect(wordSimilarity('verzorg', 'verzorgende ig')).toBeCloseTo(0.875, 5);
    expect(wordSimilarity('word', 'two words')).toBeCloseTo(0.8, 5);
    expect(wordSimilarity('kok', 'zorg')).toBe(0);
  });

  it('gives similarity as PostgreSQL does', () => {
    expect(textSimilarity('word', 'two words')).toBeCloseTo(0.363636, 5);
    expect(textSimilarity('kok', 'kok')).toBe(1);
  });
});

describe('job title → occupation from memory', () => {
  const occupations: IndexedConcept[] = [
    {
      id: 11,
      uri: 'o:11',
      scheme: 'starter',
      labelNl: 'Medewerker bediening',
      labelEn: 'Waiter',
      offered: true,
    },
    {
      id: 12,
      uri: 'o:12',
      scheme: 'starter',
      labelNl: 'Verzorgende IG',
      labelEn: 'Care worker',
      offered: true,
    },
    {
      id: 13,
      uri: 'o:13',
      scheme: 'starter',
      labelNl: 'Schoonmaker',
      labelEn: 'Cleaner',
      offered: true,
    },
    { id: 14, uri: 'o:14', scheme: 'starter', labelNl: 'Kok', labelEn: 'Cook', offered: true },
    {
      id: 15,
      uri: 'o:15',
      scheme: 'starter',
      labelNl: 'Medewerker magazijn',
      labelEn: 'Warehouse worker',
      offered: true,
    },
  ];
  const occupationLabels = [
    ...occupations.flatMap((c) => [
      label(c.id, c.labelNl as string),
      label(c.id, c.labelEn as string, 'preferred', 'en'),
    ]),
    label(11, 'serveerster', 'alt'),
    label(11, 'kelner', 'alt'),
    label(12, 'zorgmedewerker', 'alt'),
    label(13, 'schoonmaakmedewerker', 'alt'),
  ];
  const jobs = new LabelIndex(occupations, occupationLabels);
  const first = (title: string, lang: 'nl' | 'en' = 'nl') =>
    searchJobTitle(jobs, { title: toSearchText(title), lang, scheme: null, limit: 5 })[0];

  it('proposes the occupation a title means, with extra words and typos', () => {
    expect(first('zorgmedewerker niveau 3')?.label).toBe('Verzorgende IG');
    expect(first('serveerstr')?.label).toBe('Medewerker bediening');
    expect(first('schoonmaakmedewerker kantoren')?.label).toBe('Schoonmaker');
    expect(first('medewerker bediening')).toMatchObject({
      label: 'Medewerker bediening',
      matchedLabel: null,
    });
  });

  it('answers in the language asked for, naming the label that matched', () => {
    expect(first('kelner', 'en')).toMatchObject({ label: 'Waiter', matchedLabel: 'kelner' });
  });

  it('proposes nothing for a title it has no word of', () => {
    expect(first('astronaut')).toBeUndefined();
  });
});
