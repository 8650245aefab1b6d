import { Link as RouterLink, type LinkProps } from 'react-router';

/** A link inside the app that looks like a button: for "go and do" (new vacancy, import). */
export function ActionLink({
  appearance = 'secondary',
  className,
  ...props
}: LinkProps & { appearance?: 'primary' | 'secondary' }) {
  return (
    <RouterLink
      {...props}
      className={[
        'utrecht-button-link',
        'utrecht-button-link--html-a',
        `utrecht-button-link--${appearance}-action`,
        className,
      ]
        .filter(Boolean)
        .join(' ')}
    />
  );
}
