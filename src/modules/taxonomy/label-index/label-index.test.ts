import { describe, expect, it } from 'vitest';
import { toSearchText } from '../search-text.ts';
import { type IndexedConcept, type IndexedLabel, LabelIndex } from './label-index.ts';
import { trigramSimilarity, wordTrigrams } from './trigrams.ts';

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

const label = (conceptId: number, text: string, kind = 'preferred', lang = 'nl'): IndexedLabel => ({
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
