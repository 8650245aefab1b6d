import type { ConceptHit } from '../contracts.ts';
import { trigramSimilarity, wordTrigrams } from './trigrams.ts';

/** A skill or occupation as search shows it. */
export interface IndexedConcept {
  id: number;
  uri: string;
  scheme: string;
  labelNl: string | null;
  labelEn: string | null;
  /** Offered by search: skill groups of the hierarchy are stored but never offered. */
  offered: boolean;
}

/** One label of a concept, as stored in concept_labels (searchText normalised by toSearchText). */
export interface IndexedLabel {
  /** concept_labels.id */
  id: number;
  conceptId: number;
  kind: string;
  lang: string;
  label: string;
  searchText: string;
}

export interface LabelSearch {
  /** Normalised with toSearchText. */
  q: string;
  lang: 'nl' | 'en';
  scheme: string | null;
  limit: number;
}

/**
 * Ranking, one score per label, the best label per concept wins:
 *   tier (whole label 3, label prefix 2, a later word starting with the query 1.5, typo 0)
 *   + similarity 0..1 (0.55 × share of the query's words found in the label
 *                      + 0.45 × share of the label's words found in the query)
 *   + 0.1 for a preferred label, −0.2 for a hidden one, + 0.05 in the requested language
 *   − length ÷ 1000 (the shorter label wins a tie).
 * A query word is found in a label word when equal (1), when it is the last, perhaps unfinished,
 * word and the label word starts with it (0.9), or by trigram similarity ≥ MIN_CLOSENESS (a typo
 * or another form: "schoonmak" ~ "schoonmaak" 0.75).
 */
const TIER = { exact: 3, prefix: 2, wordPrefix: 1.5, typo: 0 } as const;
const KIND_BONUS: Record<string, number> = { preferred: 0.1, hidden: -0.2 };
const LANG_BONUS = 0.05;
export const MIN_CLOSENESS = 0.45;
const OPEN_WORD_CLOSENESS = 0.9;
/** An unfinished word with a typo never beats one typed right. */
const OPEN_TYPO_CLOSENESS = 0.85;
/** Vocabulary words sharing this much with an unfinished query word are compared closely. */
const MIN_RETRIEVAL = 0.3;
/** A typo match must hold at least this share of the query's words. */
const MIN_TYPO_COVERAGE = 0.5;
/** Prefix matches that get the full score: the best by tier, kind and length. */
const PREFIX_SHORTLIST = 300;
/** Typo matches that get the full score, picked by the share of query words they hold. */
const TYPO_SHORTLIST = 150;
/** Words of a query that count (the rest is noise). */
const MAX_QUERY_WORDS = 8;
/** Query words shorter than this match only exactly or as an unfinished prefix. */
const MIN_TYPO_WORD = 3;

const KIND_RANK: Record<string, number> = { preferred: 0, alt: 1 };
const tierCode = { none: 0, wordPrefix: 1, prefix: 2, exact: 3 } as const;
const tierOfCode = [TIER.typo, TIER.wordPrefix, TIER.prefix, TIER.exact];

/** A query word with its trigrams as ids of the index (unknown trigrams only count). */
interface QueryWord {
  word: string;
  open: boolean;
  trigrams: string[];
  trigramIds: Int32Array;
  trigramCount: number;
}

/**
 * Autocomplete over the labels of one concept type, held in memory: a sorted label list for
 * prefixes, a word → labels index for word prefixes, and a trigram → words index for typos.
 * Built once from the database (see label-index-cache.ts) and answers in well under a
 * millisecond on the full ESCO set; work buffers are allocated once and reused.
 */
export class LabelIndex {
  readonly size: number;
  private readonly concepts: IndexedConcept[];
  private readonly labelConcept: Int32Array;
  private readonly labelId: Int32Array;
  private readonly labelWordStart: Int32Array;
  private readonly labelWordIds: Int32Array;
  private readonly labelWordTotal: Uint16Array;
  private readonly labelKind: Uint8Array;
  private readonly labelLang: string[];
  private readonly labelText: string[];
  private readonly labelLabel: string[];
  private readonly byText: Int32Array;
  private readonly vocab: string[];
  private readonly wordStart: Int32Array;
  private readonly wordLabels: Int32Array;
  private readonly trigramIds: Map<string, number>;
  private readonly wordTrigrams: Int32Array[];
  private readonly trigramStart: Int32Array;
  private readonly trigramWords: Int32Array;
  // Work buffers, reused by every search (search is synchronous).
  private readonly tier: Uint8Array;
  private readonly touched: Int32Array;
  private readonly collected: Int32Array;
  private readonly wordHits: Uint16Array;
  private readonly coverage: Float32Array;
  private readonly best: Float32Array;
  private readonly wordsFound: Uint8Array;
  private readonly conceptStamp: Uint32Array;
  private readonly histogram = new Int32Array(3 * 3 * 1024);
  private stamp = 0;

  constructor(concepts: IndexedConcept[], labels: IndexedLabel[]) {
    this.concepts = concepts;
    const conceptPos = new Map(concepts.map((c, i) => [c.id, i]));
    const kept = labels.filter((l) => conceptPos.has(l.conceptId) && l.searchText !== '');
    const n = kept.length;
    this.size = n;
    this.labelConcept = new Int32Array(n);
    this.labelId = new Int32Array(n);
    this.labelKind = new Uint8Array(n);
    this.labelLang = new Array<string>(n);
    this.labelText = new Array<string>(n);
    this.labelLabel = new Array<string>(n);
    kept.forEach((l, i) => {
      this.labelConcept[i] = conceptPos.get(l.conceptId) as number;
      this.labelId[i] = l.id;
      this.labelKind[i] = KIND_RANK[l.kind] ?? 2;
      this.labelLang[i] = l.lang;
      this.labelText[i] = l.searchText;
      this.labelLabel[i] = l.label;
    });
    const texts = this.labelText;
    this.byText = Int32Array.from(kept.keys()).sort((a, b) =>
      texts[a]! < texts[b]! ? -1 : texts[a]! > texts[b]! ? 1 : a - b,
    );

    // Word → labels holding it.
    const postings = new Map<string, number[]>();
    texts.forEach((text, i) => {
      for (const word of new Set(text.split(' '))) {
        const list = postings.get(word);
        if (list) list.push(i);
        else postings.set(word, [i]);
      }
    });
    this.vocab = [...postings.keys()].sort();
    const csr = toCsr(this.vocab.map((w) => postings.get(w) as number[]));
    this.wordStart = csr.start;
    this.wordLabels = csr.items;
    const wordPos = new Map(this.vocab.map((w, i) => [w, i]));
    const lcsr = toCsr(
      texts.map((text) => [...new Set(text.split(' '))].map((w) => wordPos.get(w) as number)),
    );
    this.labelWordStart = lcsr.start;
    this.labelWordIds = lcsr.items;
    this.labelWordTotal = Uint16Array.from(texts, (text) => text.split(' ').length);

    // Trigram → words holding it.
    this.trigramIds = new Map();
    const trigramPostings: number[][] = [];
    this.wordTrigrams = this.vocab.map((word, w) => {
      const ids = wordTrigrams(word).map((t) => {
        let id = this.trigramIds.get(t);
        if (id === undefined) {
          id = trigramPostings.length;
          this.trigramIds.set(t, id);
          trigramPostings.push([]);
        }
        trigramPostings[id]!.push(w);
        return id;
      });
      return Int32Array.from(ids).sort();
    });
    const tcsr = toCsr(trigramPostings);
    this.trigramStart = tcsr.start;
    this.trigramWords = tcsr.items;

    this.tier = new Uint8Array(n);
    this.touched = new Int32Array(n);
    this.collected = new Int32Array(n);
    this.wordHits = new Uint16Array(this.vocab.length);
    this.coverage = new Float32Array(n);
    this.best = new Float32Array(n);
    this.wordsFound = new Uint8Array(n);
    this.conceptStamp = new Uint32Array(concepts.length);
  }

  /**
   * Vocabulary words a word of a job title may stand for, as the job-title search defines it:
   * itself (1), longer words when it is the unfinished last word (0.9), and words with trigram
   * similarity ≥ MIN_CLOSENESS (that similarity). Keyed by vocabulary word number.
   */
  closeVocabulary(word: string, open: boolean): Map<number, number> {
    const qw = this.queryWord(word, open);
    const close = new Map<number, number>();
    const exact = this.wordIndex(word);
    if (exact >= 0) close.set(exact, 1);
    if (open)
      for (const w of this.wordsStartingWith(word))
        if (!close.has(w)) close.set(w, OPEN_WORD_CLOSENESS);
    for (const [w, similarity] of this.trigramNeighbours(qw)) {
      if (similarity >= MIN_CLOSENESS && (close.get(w) ?? 0) < similarity) close.set(w, similarity);
    }
    return close;
  }

  /** Labels (index positions) holding vocabulary word `w`. */
  labelsHolding(w: number): Int32Array {
    return this.wordLabels.subarray(this.wordStart[w]!, this.wordStart[w + 1]!);
  }

  /** The distinct vocabulary words of a label. */
  wordsOf(label: number): Int32Array {
    return this.labelWordIds.subarray(this.labelWordStart[label]!, this.labelWordStart[label + 1]!);
  }

  /** How many words the label has, repeated words counted each time. */
  wordCountOf(label: number): number {
    return this.labelWordTotal[label]!;
  }

  /** How many distinct words the labels have (vocabulary words are numbered 0 … size − 1). */
  get vocabularySize(): number {
    return this.vocab.length;
  }

  /** The label's normalised search text. */
  textOf(label: number): string {
    return this.labelText[label]!;
  }

  isPreferred(label: number): boolean {
    return this.labelKind[label] === 0;
  }

  langOf(label: number): string {
    return this.labelLang[label]!;
  }

  /** The concept (index position) a label belongs to. */
  conceptOf(label: number): number {
    return this.labelConcept[label]!;
  }

  /** The concept's database id, for stable ordering. */
  conceptIdOf(concept: number): number {
    return this.concepts[concept]!.id;
  }

  /** concept_labels.id of a label. */
  databaseIdOf(label: number): number {
    return this.labelId[label]!;
  }

  /** Whether search may offer the label's concept (offered, and in the scheme if one is asked). */
  offers(label: number, scheme: string | null): boolean {
    const concept = this.concepts[this.labelConcept[label]!]!;
    return concept.offered && (scheme === null || concept.scheme === scheme);
  }

  search(query: LabelSearch): ConceptHit[] {
    const q = query.q;
    if (!q) return [];
    const words = [...new Set(q.split(' ').filter(Boolean))].slice(0, MAX_QUERY_WORDS);
    const queryWords = words.map((word, i) => this.queryWord(word, i === words.length - 1));
    const allowed = (label: number) => {
      const concept = this.concepts[this.labelConcept[label]!]!;
      return concept.offered && (query.scheme === null || concept.scheme === query.scheme);
    };

    const found = this.prefixMatches(q, words, allowed);
    const shortlist = this.shortlistByPrefix(found);
    const enough = this.conceptsAmong(found) >= query.limit;
    for (let i = 0; i < found; i++) this.tier[this.touched[i]!] = tierCode.none;
    const typos = enough ? [] : this.typoMatches(queryWords, allowed);

    const perConcept = new Map<number, { score: number; label: number; rank: number[] }>();
    const consider = (label: number, tier: number) => {
      const similarity = this.similarity(queryWords, label);
      const kind =
        this.labelKind[label] === 0 ? 'preferred' : this.labelKind[label] === 1 ? 'alt' : 'hidden';
      const inLang = this.labelLang[label] === query.lang;
      const score =
        tier +
        similarity +
        (KIND_BONUS[kind] ?? 0) +
        (inLang ? LANG_BONUS : 0) -
        this.labelText[label]!.length / 1000;
      // The label shown as matched: best tier, then similarity, then the requested language.
      const rank = [tier, similarity, inLang ? 1 : 0];
      const concept = this.labelConcept[label]!;
      const seen = perConcept.get(concept);
      if (!seen) {
        perConcept.set(concept, { score, label, rank });
        return;
      }
      if (score > seen.score) seen.score = score;
      if (compareRank(rank, seen.rank) > 0) {
        seen.label = label;
        seen.rank = rank;
      }
    };
    for (const [label, tier] of shortlist) consider(label, tier);
    for (const label of typos) consider(label, TIER.typo);

    return [...perConcept.entries()]
      .sort(([a, x], [b, y]) => y.score - x.score || this.concepts[a]!.id - this.concepts[b]!.id)
      .slice(0, query.limit)
      .map(([concept, hit]) => this.present(concept, hit.label, hit.score, query.lang));
  }

  /**
   * Marks labels that start with the query (tier exact/prefix) or have a later word starting
   * with it (wordPrefix) in `tier`, listing them in `touched`; returns how many.
   */
  private prefixMatches(q: string, words: string[], allowed: (label: number) => boolean): number {
    let count = 0;
    const mark = (label: number, code: number) => {
      if (this.tier[label] !== tierCode.none || !allowed(label)) return;
      this.tier[label] = code;
      this.touched[count++] = label;
    };
    for (
      let i = lowerBound(this.byText.length, (k) => this.labelText[this.byText[k]!]! < q);
      i < this.byText.length;
      i++
    ) {
      const label = this.byText[i]!;
      const text = this.labelText[label]!;
      if (!text.startsWith(q)) break;
      mark(label, text === q ? tierCode.exact : tierCode.prefix);
    }
    if (words.length === 1) {
      // Labels not starting with q but holding a word that does: a later word starts with q.
      for (
        let w = lowerBound(this.vocab.length, (k) => this.vocab[k]! < q);
        w < this.vocab.length;
        w++
      ) {
        if (!this.vocab[w]!.startsWith(q)) break;
        for (let p = this.wordStart[w]!; p < this.wordStart[w + 1]!; p++) {
          const label = this.wordLabels[p]!;
          if (!this.labelText[label]!.startsWith(q)) mark(label, tierCode.wordPrefix);
        }
      }
    } else {
      // Several words: the first is complete, so labels holding it, holding the whole query.
      const w = this.wordIndex(words[0]!);
      if (w >= 0) {
        const needle = ` ${q}`;
        for (let p = this.wordStart[w]!; p < this.wordStart[w + 1]!; p++) {
          const label = this.wordLabels[p]!;
          const text = this.labelText[label]!;
          if (!text.startsWith(q) && ` ${text}`.includes(needle)) mark(label, tierCode.wordPrefix);
        }
      }
    }
    return count;
  }

  /**
   * The best PREFIX_SHORTLIST of the marked labels by tier, kind and length (then load order),
   * with their tier: a histogram over that key finds the cut-off without sorting them all.
   */
  private shortlistByPrefix(count: number): [number, number][] {
    const key = (label: number) =>
      ((3 - this.tier[label]!) * 3 + this.labelKind[label]!) * 1024 +
      Math.min(this.labelText[label]!.length, 1023);
    const picked: number[] = [];
    if (count <= PREFIX_SHORTLIST) {
      for (let i = 0; i < count; i++) picked.push(this.touched[i]!);
    } else {
      const histogram = this.histogram.fill(0);
      for (let i = 0; i < count; i++) histogram[key(this.touched[i]!)]!++;
      let cutoff = 0;
      for (let seen = 0; cutoff < histogram.length; cutoff++) {
        seen += histogram[cutoff]!;
        if (seen >= PREFIX_SHORTLIST) break;
      }
      const atCutoff: number[] = [];
      for (let i = 0; i < count; i++) {
        const label = this.touched[i]!;
        const k = key(label);
        if (k < cutoff) picked.push(label);
        else if (k === cutoff) atCutoff.push(label);
      }
      atCutoff.sort((a, b) => a - b);
      for (const label of atCutoff.slice(0, PREFIX_SHORTLIST - picked.length)) picked.push(label);
    }
    return picked.map((label) => [label, tierOfCode[this.tier[label]!]!]);
  }

  /** How many distinct concepts the marked labels belong to. */
  private conceptsAmong(count: number): number {
    this.stamp = (this.stamp + 1) >>> 0 || 1;
    let concepts = 0;
    for (let i = 0; i < count; i++) {
      const concept = this.labelConcept[this.touched[i]!]!;
      if (this.conceptStamp[concept] !== this.stamp) {
        this.conceptStamp[concept] = this.stamp;
        concepts++;
      }
    }
    return concepts;
  }

  /**
   * Labels holding words close to the query's words (typos, other forms, unfinished last word):
   * the TYPO_SHORTLIST that hold the largest share of the query's words, then the shortest.
   */
  private typoMatches(queryWords: QueryWord[], allowed: (label: number) => boolean): number[] {
    let count = 0;
    for (const qw of queryWords) {
      let hits = 0;
      for (const [w, closeness] of this.closeWords(qw)) {
        for (let p = this.wordStart[w]!; p < this.wordStart[w + 1]!; p++) {
          const label = this.wordLabels[p]!;
          if (this.best[label] === 0) this.touched[hits++] = label;
          if (closeness > this.best[label]!) this.best[label] = closeness;
        }
      }
      for (let i = 0; i < hits; i++) {
        const label = this.touched[i]!;
        if (this.coverage[label] === 0) this.collected[count++] = label;
        this.coverage[label]! += this.best[label]!;
        this.wordsFound[label]!++;
        this.best[label] = 0;
      }
    }
    const labels: [number, number][] = [];
    for (let i = 0; i < count; i++) {
      const label = this.collected[i]!;
      const found = this.wordsFound[label]! / queryWords.length;
      if (found >= MIN_TYPO_COVERAGE && allowed(label)) labels.push([this.coverage[label]!, label]);
      this.wordsFound[label] = 0;
      this.coverage[label] = 0;
    }
    return labels
      .sort(
        (a, b) =>
          b[0] - a[0] || this.labelText[a[1]]!.length - this.labelText[b[1]]!.length || a[1] - b[1],
      )
      .slice(0, TYPO_SHORTLIST)
      .map(([, label]) => label);
  }

  /** Vocabulary words a query word may stand for, with their closeness 0..1. */
  private closeWords(qw: QueryWord): [number, number][] {
    const close = new Map<number, number>();
    const exact = this.wordIndex(qw.word);
    if (exact >= 0) close.set(exact, 1);
    if (qw.word.length < MIN_TYPO_WORD) return [...close];
    if (qw.open) {
      for (const w of this.wordsStartingWith(qw.word))
        if (!close.has(w)) close.set(w, OPEN_WORD_CLOSENESS);
    }
    for (const [w, whole] of this.trigramNeighbours(qw)) {
      // An unfinished word: if it shares enough, compare it with the start of the word too.
      const similarity =
        qw.open && whole >= MIN_RETRIEVAL ? this.closeness(qw, this.vocab[w]!) : whole;
      if (similarity >= MIN_CLOSENESS && (close.get(w) ?? 0) < similarity) close.set(w, similarity);
    }
    return [...close];
  }

  /** Vocabulary words (numbers) starting with `prefix`, in order. */
  private *wordsStartingWith(prefix: string): Generator<number> {
    const from = lowerBound(this.vocab.length, (k) => this.vocab[k]! < prefix);
    for (let w = from; w < this.vocab.length && this.vocab[w]!.startsWith(prefix); w++) yield w;
  }

  /** Vocabulary words sharing a trigram with the query word, with pg_trgm's similarity. */
  private trigramNeighbours(qw: QueryWord): [number, number][] {
    const touched: number[] = [];
    for (const t of qw.trigramIds) {
      for (let p = this.trigramStart[t]!; p < this.trigramStart[t + 1]!; p++) {
        const w = this.trigramWords[p]!;
        const hits = this.wordHits[w]!;
        if (hits === 0) touched.push(w);
        this.wordHits[w] = hits + 1;
      }
    }
    return touched.map((w) => {
      const shared = this.wordHits[w]!;
      this.wordHits[w] = 0;
      return [w, shared / (qw.trigramCount + this.wordTrigrams[w]!.length - shared)];
    });
  }

  /** 0.55 × share of the query's words found in the label + 0.45 × share of its words found. */
  private similarity(queryWords: QueryWord[], label: number): number {
    const labelWords = this.labelText[label]!.split(' ');
    let inQuery = 0;
    const labelBest = new Float32Array(labelWords.length);
    for (const qw of queryWords) {
      let best = 0;
      labelWords.forEach((lw, i) => {
        const c = this.closeness(qw, lw);
        if (c > best) best = c;
        if (c > labelBest[i]!) labelBest[i] = c;
      });
      inQuery += best;
    }
    const inLabel = labelBest.reduce((sum, c) => sum + c, 0);
    return (
      (0.55 * inQuery) / Math.max(1, queryWords.length) +
      (0.45 * inLabel) / Math.max(1, labelWords.length)
    );
  }

  private closeness(qw: QueryWord, labelWord: string): number {
    if (qw.word === labelWord) return 1;
    if (qw.open && labelWord.startsWith(qw.word)) return OPEN_WORD_CLOSENESS;
    if (qw.word.length < MIN_TYPO_WORD) return 0;
    const w = this.wordIndex(labelWord);
    if (w < 0) return 0;
    const theirs = this.wordTrigrams[w]!;
    let shared = 0;
    for (const t of qw.trigramIds) if (binaryHas(theirs, t)) shared++;
    const whole = shared / (qw.trigramCount + theirs.length - shared);
    // An unfinished word with a typo: compare it with the start of the label word.
    const start =
      qw.open && labelWord.length > qw.word.length + 1
        ? Math.min(
            OPEN_TYPO_CLOSENESS,
            trigramSimilarity(qw.trigrams, wordTrigrams(labelWord.slice(0, qw.word.length + 1))),
          )
        : 0;
    const similarity = Math.max(whole, start);
    return similarity >= MIN_CLOSENESS ? similarity : 0;
  }

  private queryWord(word: string, open: boolean): QueryWord {
    const trigrams = wordTrigrams(word);
    const ids = trigrams
      .map((t) => this.trigramIds.get(t))
      .filter((id): id is number => id !== undefined);
    return {
      word,
      open,
      trigrams,
      trigramIds: Int32Array.from(ids).sort(),
      trigramCount: trigrams.length,
    };
  }

  private wordIndex(word: string): number {
    const w = lowerBound(this.vocab.length, (k) => this.vocab[k]! < word);
    return this.vocab[w] === word ? w : -1;
  }

  /** A concept as a search hit: its label in `lang`, and the label that matched if another. */
  present(concept: number, label: number, score: number, lang: 'nl' | 'en'): ConceptHit {
    const c = this.concepts[concept]!;
    const shown = (lang === 'nl' ? (c.labelNl ?? c.labelEn) : (c.labelEn ?? c.labelNl)) ?? c.uri;
    const matched = this.labelLabel[label]!;
    return {
      id: c.id,
      uri: c.uri,
      label: shown,
      matchedLabel: matched !== shown ? matched : null,
      scheme: c.scheme,
      score: Math.round(score * 1000) / 1000,
    };
  }
}

/** First k in 0..n for which `before(k)` is false (before is true for a prefix of 0..n). */
function lowerBound(n: number, before: (k: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function binaryHas(sorted: Int32Array, value: number): boolean {
  const i = lowerBound(sorted.length, (k) => sorted[k]! < value);
  return sorted[i] === value;
}

function compareRank(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** Lists of numbers as one array with offsets (compressed sparse rows). */
function toCsr(lists: number[][]): { start: Int32Array; items: Int32Array } {
  const start = new Int32Array(lists.length + 1);
  lists.forEach((list, i) => (start[i + 1] = start[i]! + list.length));
  const items = new Int32Array(start[lists.length]!);
  lists.forEach((list, i) => items.set(list, start[i]!));
  return { start, items };
}
