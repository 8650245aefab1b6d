import { Link as RouterLink, type LinkProps } from 'react-router';

/** A client-side link that looks like an NL Design System link. */
export function AppLink({ className, ...props }: LinkProps) {
  return (
    <RouterLink
      {...props}
      className={['utrecht-link', 'utrecht-link--html-a', className].filter(Boolean).join(' ')}
    />
  );
}
