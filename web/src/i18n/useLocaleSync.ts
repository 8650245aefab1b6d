import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../src/modules/auth/contracts.ts';
import { useUpdateMyLocale } from '../api/queries.ts';
import { storedLocale } from './index.ts';

/**
 * On signing in: a language chosen on this device wins (and is saved to the account);
 * without one, the account's language is used.
 */
export function useLocaleSync(me: Me | null | undefined): void {
  const { i18n } = useTranslation();
  const { mutate: saveLocale } = useUpdateMyLocale();
  const userId = me?.id;
  const accountLocale = me?.locale;
  useEffect(() => {
    if (!userId || !accountLocale) return;
    const chosen = storedLocale();
    if (chosen && chosen !== accountLocale) saveLocale(chosen);
    else if (!chosen && i18n.language !== accountLocale) void i18n.changeLanguage(accountLocale);
    // Only when another user signs in, not on every change of the account's language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [userId]);
}
