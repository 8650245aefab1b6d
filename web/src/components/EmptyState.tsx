import { Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

/** Says plainly that there is nothing (yet), and what happens next if the caller knows. */
export function EmptyState({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <div className="ov-empty">
      <Paragraph>{children}</Paragraph>
      {action}
    </div>
  );
}
