import type { ImportRowError } from './contracts.ts';
import { rowError, rowErrorsFromZod } from './import-rows.ts';
import { employeeInput, type EmployeeInput } from './redundancy-contracts.ts';
import { parseDateCell } from './tabular/cells.ts';
import type { ColumnSpec, TableRow } from './tabular/read-table.ts';
import type { Resolution } from './taxonomy-refs.ts';
import type { CheckedRow } from './vacancy-import-rows.ts';

/** The columns of an employee list: name, e-mail, function, contract end date. */
export const enrolmentImportColumns: readonly ColumnSpec[] = [
  { key: 'name', aliases: ['naam', 'volledige naam', 'full name', 'medewerker'], required: true },
  { key: 'email', aliases: ['e-mail', 'e-mailadres', 'emailadres', 'mail'] },
  { key: 'function', aliases: ['functie', 'functietitel', 'job title', 'function title'] },
  {
    key: 'contractEndDate',
    aliases: ['einddatum contract', 'einddatum', 'contract end date', 'end date', 'uit dienst'],
  },
];

const columnOf = (field: string) => (field === 'functionTitle' ? 'function' : field);

export type CheckedEmployee = Required<{
  [K in keyof EmployeeInput]: Exclude<EmployeeInput[K], undefined>;
}>;

/**
 * One row of an employee list → an invitation to make. The function is matched to an
 * occupation of the taxonomy when its label is known; an unknown function is kept as text.
 */
export function checkEnrolmentRow(
  r: TableRow,
  functions: ReadonlyMap<string, Resolution>,
): CheckedRow<CheckedEmployee> {
  const cell = (key: string) => r.cells[key] ?? '';
  const endDate = parseDateCell(cell('contractEndDate'));
  if (!endDate.ok)
    return { ok: false, errors: [rowError(r.row, 'contractEndDate', endDate.message)] };
  const match = cell('function') ? functions.get(cell('function')) : undefined;
  const parsed = employeeInput.safeParse({
    name: cell('name'),
    email: cell('email') || null,
    functionTitle: cell('function') || null,
    occupationId: match && 'id' in match ? match.id : null,
    contractEndDate: endDate.value,
  });
  if (!parsed.success)
    return { ok: false, errors: rowErrorsFromZod(r.row, parsed.error, columnOf) };
  const e = parsed.data;
  return {
    ok: true,
    row: r.row,
    value: {
      name: e.name,
      email: e.email ?? null,
      functionTitle: e.functionTitle ?? null,
      occupationId: e.occupationId ?? null,
      contractEndDate: e.contractEndDate ?? null,
    },
  };
}

/** An e-mail address may be invited once per notice: within the file, and beside earlier ones. */
export function duplicateEmailErrors(
  rows: readonly { row: number; email: string | null }[],
  alreadyInvited: ReadonlySet<string>,
): ImportRowError[] {
  const firstRow = new Map<string, number>();
  const errors: ImportRowError[] = [];
  for (const { row, email } of rows) {
    if (!email) continue;
    if (alreadyInvited.has(email)) {
      errors.push(rowError(row, 'email', `${email} is already invited for this notice`));
    } else if (firstRow.has(email)) {
      errors.push(rowError(row, 'email', `${email} is also on row ${firstRow.get(email)}`));
    } else firstRow.set(email, row);
  }
  return errors;
}
