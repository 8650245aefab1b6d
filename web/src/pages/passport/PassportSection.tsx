import { Heading } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

/** One part of the passport: a region named by its heading, so it is a landmark to jump to. */
export function PassportSection({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-title`} className="ov-passport-section" id={id}>
      <Heading level={2} id={`${id}-title`} tabIndex={-1} className="ov-section-heading">
        {title}
      </Heading>
      {intro}
      {children}
    </section>
  );
}

/**
 * After a form in a section closes, focus goes back to the section's heading: keyboard and
 * screen-reader users keep their place, and hear the section's status message next.
 */
export function focusSection(id: string): void {
  setTimeout(() => document.getElementById(`${id}-title`)?.focus(), 0);
}
