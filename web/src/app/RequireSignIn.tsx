import { Navigate, Outlet, useLocation } from 'react-router';
import { useMe } from '../api/queries.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Loading } from '../components/Loading.tsx';
import { CurrentUserContext } from './current-user.ts';

export interface LoginRedirectState {
  from?: string;
  loggedOut?: boolean;
  /**
   * The user chose to sign out: the login page ends the session when it is reached. Going there
   * first lets a page with unsaved input hold the user up (and stay signed in) before anything
   * is lost.
   */
  signOut?: boolean;
}

/** Signed-out visitors go to the login page, and come back here after signing in. */
export function RequireSignIn() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) {
    const state: LoginRedirectState = { from: `${location.pathname}${location.search}` };
    return <Navigate to="/inloggen" replace state={state} />;
  }
  return (
    <CurrentUserContext.Provider value={me.data}>
      <Outlet />
    </CurrentUserContext.Provider>
  );
}
