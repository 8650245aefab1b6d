import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

export type Fact = readonly [label: string, value: ReactNode];

/** Label–value pairs (a description list), e.g. the key facts of a vacancy or a training. */
export function FactList({ facts }: { facts: readonly Fact[] }) {
  return (
    <DataList className="ov-facts">
      {facts.map(([label, value]) => (
        <DataListItem key={label}>
          <DataListKey>{label}</DataListKey>
          <DataListValue>{value}</DataListValue>
        </DataListItem>
      ))}
    </DataList>
  );
}
