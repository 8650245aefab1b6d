import { Heading } from '@utrecht/component-library-react';
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { SuccessAlert } from '../../components/SuccessAlert.tsx';

interface SectionStatus {
  /** Says (politely, in the section's live region) that a change was saved. */
  announce: (message: string) => void;
  /** Forgets the last confirmation (a new change is on its way). */
  clear: () => void;
  /** Puts focus on the section's heading, e.g. when the form that had it is gone. */
  focusHeading: () => void;
}

const SectionStatusContext = createContext<SectionStatus>({
  announce: () => undefined,
  clear: () => undefined,
  focusHeading: () => undefined,
});

export const useSectionStatus = () => useContext(SectionStatusContext);

/**
 * A part of the trajectory page: a region named by its heading, a landmark to jump to. Its live
 * region confirms what was saved in it — also when the form that saved it is gone (an outcome
 * recorded, a training completed).
 */
export function TrajectorySection({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  const [status, setStatus] = useState<{ message: string; n: number } | null>(null);
  const value = useMemo<SectionStatus>(
    () => ({
      announce: (message) => setStatus((s) => ({ message, n: (s?.n ?? 0) + 1 })),
      clear: () => setStatus(null),
      focusHeading: () => document.getElementById(`${id}-title`)?.focus(),
    }),
    [id],
  );
  return (
    <section aria-labelledby={`${id}-title`} className="ov-trajectory-section" id={id}>
      <Heading level={2} id={`${id}-title`} tabIndex={-1}>
        {title}
      </Heading>
      <div aria-live="polite" aria-atomic="true">
        {status && <SuccessAlert key={status.n} message={status.message} />}
      </div>
      <SectionStatusContext.Provider value={value}>{children}</SectionStatusContext.Provider>
    </section>
  );
}
