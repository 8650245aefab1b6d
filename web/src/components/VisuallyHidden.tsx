import type { ReactNode } from 'react';

/** Text for screen readers only, e.g. to give each "Deactivate" button its own name. */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="ov-visually-hidden">{children}</span>;
}
