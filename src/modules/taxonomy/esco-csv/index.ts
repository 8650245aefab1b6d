// Parsing layer of `overstap import-esco`: reads the official ESCO CSV download (v1.1 and v1.2
// layouts, any language) into validated records. No database access here.
export { readCsvRecords, CsvEncodingError } from './csv-reader.ts';
export type { CsvRecord, ReadCsvOptions } from './csv-reader.ts';
export { CsvRecordParser, parseCsvText } from './csv-record-parser.ts';
export type { RawCsvRecord } from './csv-record-parser.ts';
export { ESCO_FILE_KINDS, classifyEscoFileName, isRelationKind } from './file-kinds.ts';
export type { EscoFileKind, FileNameClass } from './file-kinds.ts';
export { KIND_COLUMNS, resolveLayout } from './layouts.ts';
export type { LayoutResult, LayoutVersion, ResolvedLayout } from './layouts.ts';
export { normaliseRow } from './normalise.ts';
export { splitLines, splitList } from './row-candidates.ts';
export type { NormaliseResult, RowContext } from './normalise.ts';
export { collectEscoFile, parseEscoFile } from './parse-file.ts';
export type {
  EscoFileParseResult,
  EscoFileRef,
  EscoParseEvent,
  ParseEscoFileOptions,
} from './parse-file.ts';
export { orderEscoFiles, planEscoImport } from './esco-directory.ts';
export type {
  EscoFileEntry,
  EscoImportPlan,
  PlanOptions,
  SkippedEscoFile,
} from './esco-directory.ts';
export * from './records.ts';
