/**
 * RFC 4180 record parser as a small push state machine. Feed it decoded text in chunks of any
 * size; it emits one record per CSV record with the 1-based physical line the record starts on.
 *
 * - Record ends: CRLF, LF or a lone CR (outside quotes).
 * - Quoted fields may hold commas, line breaks and doubled quotes ("").
 * - A UTF-8 BOM (U+FEFF) at the very start is dropped.
 * - Blank lines between records are skipped (they hold no data in any ESCO file).
 * - Lenient where RFC 4180 is strict, but says so: a character after a closing quote is kept
 *   and the record gets a `problem`; an unterminated quote at end of input does too.
 */

export interface RawCsvRecord {
  /** 1-based physical line on which the record starts. */
  line: number;
  values: string[];
  /** Set when the record broke RFC 4180; the values are a best-effort reading. */
  problem?: CsvProblem;
}

export interface CsvProblem {
  /** 0-based index of the field at fault. */
  field: number;
  message: string;
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;
const BOM = 0xfeff;

const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  QuoteInQuoted,
}

export class CsvRecordParser {
  private state = State.FieldStart;
  private values: string[] = [];
  private field = '';
  private line = 1;
  private lastWasCr = false;
  private recordStarted = false;
  private recordLine = 1;
  private quoteOpenedOnLine = 0;
  private problem: CsvProblem | undefined;
  private atStartOfInput = true;

  /** Parses `chunk` and appends every record it completes to `out`. */
  push(chunk: string, out: RawCsvRecord[]): void {
    let i = 0;
    const n = chunk.length;
    if (this.atStartOfInput && n > 0) {
      this.atStartOfInput = false;
      if (chunk.charCodeAt(0) === BOM) i = 1;
    }
    let runStart = i; // start of literal text not yet copied into `this.field`
    for (; i < n; i++) {
      const c = chunk.charCodeAt(i);
      if (c === LF) {
        if (!this.lastWasCr) this.line++;
        this.lastWasCr = false;
      } else if (c === CR) {
        this.line++;
        this.lastWasCr = true;
      } else {
        this.lastWasCr = false;
        if (!this.recordStarted) {
          this.recordStarted = true;
          this.recordLine = this.line;
        }
      }

      switch (this.state) {
        case State.FieldStart:
          if (c === QUOTE) {
            this.state = State.Quoted;
            this.quoteOpenedOnLine = this.line;
            runStart = i + 1;
          } else if (c === COMMA) {
            this.values.push('');
            runStart = i + 1;
          } else if (c === CR || c === LF) {
            if (this.recordStarted) {
              this.values.push('');
              this.emit(out);
            }
            runStart = i + 1;
          } else {
            this.state = State.Unquoted;
            runStart = i;
          }
          break;
        case State.Unquoted:
          if (c === COMMA) {
            this.endField(chunk, runStart, i);
            runStart = i + 1;
          } else if (c === CR || c === LF) {
            this.endField(chunk, runStart, i);
            this.emit(out);
            runStart = i + 1;
          }
          break;
        case State.Quoted:
          if (c === QUOTE) {
            this.field += chunk.slice(runStart, i);
            this.state = State.QuoteInQuoted;
            runStart = i + 1;
          }
          break;
        case State.QuoteInQuoted:
          if (c === QUOTE) {
            this.state = State.Quoted; // doubled quote: keep one, it starts the next run
            runStart = i;
          } else if (c === COMMA) {
            this.endField(chunk, i, i);
            runStart = i + 1;
          } else if (c === CR || c === LF) {
            this.endField(chunk, i, i);
            this.emit(out);
            runStart = i + 1;
          } else {
            this.problem ??= { field: this.values.length, message: 'text after the closing quote' };
            this.state = State.Unquoted;
            runStart = i;
          }
          break;
      }
    }
    if (this.state === State.Unquoted || this.state === State.Quoted) {
      this.field += chunk.slice(runStart, n);
    }
  }

  /** Flushes the last record when the input has no final line break. */
  end(out: RawCsvRecord[]): void {
    if (this.state === State.Quoted) {
      this.problem ??= {
        field: this.values.length,
        message: `quote opened on line ${this.quoteOpenedOnLine} is never closed`,
      };
    }
    if (this.recordStarted || this.state !== State.FieldStart) {
      this.values.push(this.field);
      this.field = '';
      this.emit(out);
    }
  }

  private endField(chunk: string, from: number, to: number): void {
    this.values.push(this.field + chunk.slice(from, to));
    this.field = '';
    this.state = State.FieldStart;
  }

  private emit(out: RawCsvRecord[]): void {
    const record: RawCsvRecord = { line: this.recordLine, values: this.values };
    if (this.problem !== undefined) record.problem = this.problem;
    out.push(record);
    this.values = [];
    this.problem = undefined;
    this.recordStarted = false;
    this.state = State.FieldStart;
  }
}

/** Parses a whole string; convenient for tests and small inputs. */
export function parseCsvText(text: string): RawCsvRecord[] {
  const out: RawCsvRecord[] = [];
  const parser = new CsvRecordParser();
  parser.push(text, out);
  parser.end(out);
  return out;
}
