import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { PAGE_HEADING_ID } from '../components/PageHeading.tsx';

export const MAIN_ID = 'inhoud';

// Redirects while the page loads (signed out → login) must not steal focus from the start of
// the page, where Tab reaches the skip link first; every navigation after the user did
// something does move focus.
let userHasInteracted = false;
const markInteracted = () => {
  userHasInteracted = true;
};
document.addEventListener('pointerdown', markInteracted, { capture: true, once: true });
document.addEventListener('keydown', markInteracted, { capture: true, once: true });

/**
 * After a navigation the focus moves to the new page's h1, so keyboard and screen-reader users
 * start at the top of the new content and hear which page they are on.
 */
export function useFocusOnRouteChange(): void {
  const location = useLocation();
  const previousKey = useRef(location.key);
  useEffect(() => {
    if (previousKey.current === location.key) return;
    previousKey.current = location.key;
    if (!userHasInteracted) return;
    const target = document.getElementById(PAGE_HEADING_ID) ?? document.getElementById(MAIN_ID);
    target?.focus();
  }, [location.key]);
}
