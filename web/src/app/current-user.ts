import { createContext, useContext } from 'react';
import type { Me } from '../../../src/modules/auth/contracts.ts';

export const CurrentUserContext = createContext<Me | null>(null);

/** The signed-in user; only for pages behind RequireSignIn, which provides it. */
export function useCurrentUser(): Me {
  const me = useContext(CurrentUserContext);
  if (!me) throw new Error('useCurrentUser outside RequireSignIn');
  return me;
}
