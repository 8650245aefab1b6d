import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  FormFieldErrorMessage,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable.tsx';

export interface SplitItem {
  key: string;
  label: string;
}

export type Part = 'a' | 'b';

/**
 * Items (tasks, skills) in rows, with a checkbox per part: an item may go to A, to B, or to
 * both. Each checkbox is named "<item> in deel A" for screen readers.
 */
export function SplitTable({
  id,
  legend,
  description,
  items,
  chosen,
  onToggle,
  error,
}: {
  id: string;
  legend: string;
  description: string;
  items: readonly SplitItem[];
  chosen: Record<Part, ReadonlySet<string>>;
  onToggle: (part: Part, key: string, on: boolean) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const errorId = error ? `${id}-error` : undefined;
  const cell = (part: Part) => (item: SplitItem) => {
    const boxId = `${id}-${part}-${item.key}`;
    return (
      <>
        <Checkbox
          id={boxId}
          checked={chosen[part].has(item.key)}
          onChange={(event) => onToggle(part, item.key, event.target.checked)}
        />
        <label htmlFor={boxId} className="ov-visually-hidden">
          {t('offers.carve.inPart', { item: item.label, part: part.toUpperCase() })}
        </label>
      </>
    );
  };
  return (
    <Fieldset id={id} invalid={Boolean(error)} aria-describedby={errorId}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      <FormFieldDescription>{description}</FormFieldDescription>
      {error && <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage>}
      <DataTable
        caption={legend}
        rows={items}
        rowKey={(item) => item.key}
        empty={t('offers.carve.nothing')}
        columns={[
          { header: t('offers.carve.item'), cell: (item) => item.label, rowHeader: true },
          { header: t('offers.carve.partA'), cell: cell('a') },
          { header: t('offers.carve.partB'), cell: cell('b') },
        ]}
      />
    </Fieldset>
  );
}
