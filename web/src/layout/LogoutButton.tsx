import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLogout } from '../api/queries.ts';
import type { LoginRedirectState } from '../app/RequireSignIn.tsx';

export function LogoutButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogout();
  const onClick = async () => {
    if (logout.isPending) return;
    // To the login page first, then sign out: the sign-in guard of the page we leave must
    // not redirect on its own (it would lose the "signed out" message). Signed out here even
    // if the server is unreachable; its session then simply expires.
    const state: LoginRedirectState = { loggedOut: true };
    await navigate('/inloggen', { state });
    logout.mutate();
  };
  return (
    <Button
      appearance="secondary-action-button"
      busy={logout.isPending}
      onClick={() => void onClick()}
    >
      {logout.isPending ? t('header.loggingOut') : t('header.logout')}
    </Button>
  );
}
