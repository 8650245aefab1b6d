import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { LoginRedirectState } from '../app/RequireSignIn.tsx';

export function LogoutButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // To the login page first; it signs out on arrival (see LoginPage). The sign-in guard of the
  // page we leave must not redirect on its own (it would lose the "signed out" message), and a
  // page with unsaved input may hold the user up first: then nobody is signed out.
  const onClick = () => {
    const state: LoginRedirectState = { loggedOut: true, signOut: true };
    void navigate('/inloggen', { state });
  };
  return (
    <Button appearance="secondary-action-button" onClick={onClick}>
      {t('header.logout')}
    </Button>
  );
}
