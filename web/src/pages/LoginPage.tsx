import { Button, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { ApiError } from '../api/client.ts';
import { formErrorsOf, type FieldErrors } from '../api/error-messages.ts';
import { useLogin, useLogout, useMe } from '../api/queries.ts';
import type { LoginRedirectState } from '../app/RequireSignIn.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Loading } from '../components/Loading.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { SuccessAlert } from '../components/SuccessAlert.tsx';
import { TextField } from '../components/TextField.tsx';
import { useFocusFirstInvalid } from '../components/useFocusFirstInvalid.ts';

/** Where to go after signing in: back where the user wanted to be, but never off-site. */
function destinationOf(state: LoginRedirectState | null): string {
  const from = state?.from;
  return from && from.startsWith('/') && !from.startsWith('//') && from !== '/inloggen'
    ? from
    : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const me = useMe();
  const login = useLogin();
  const navigate = useNavigate();
  const state = useLocation().state as LoginRedirectState | null;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  useSignOutOnArrival(state, me.data != null);

  if (me.isPending) return <Loading />;
  // Just clicked "sign out": the session is being ended.
  if (me.data && state?.loggedOut) return <Loading label={t('header.loggingOut')} />;
  if (me.data && !login.isPending) return <Navigate to={destinationOf(state)} replace />;

  const generalMessage = (error: unknown): string | null => {
    if (error instanceof ApiError && error.status === 401) return t('login.wrongCredentials');
    if (error instanceof ApiError && error.status === 423) return t('login.locked');
    if (error instanceof ApiError && error.status === 429) return t('login.rateLimited');
    return null;
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (login.isPending) return;
    const missing: FieldErrors = {};
    if (!email.trim()) missing.email = t('login.emptyEmail');
    if (!password) missing.password = t('login.emptyPassword');
    setGeneral(null);
    setFieldErrors(missing);
    if (Object.keys(missing).length > 0) return focusFirstInvalid();
    login.mutate(
      { email: email.trim(), password },
      {
        onSuccess: () => void navigate(destinationOf(state), { replace: true }),
        onError: (error) => {
          const known = generalMessage(error);
          if (known) return setGeneral(known);
          const errors = formErrorsOf(error, t, ['email', 'password']);
          setFieldErrors(errors.fields);
          setGeneral(errors.general);
          focusFirstInvalid();
        },
      },
    );
  };

  return (
    <div className="ov-narrow">
      <PageHeading title={t('login.title')}>{t('login.title')}</PageHeading>
      {state?.loggedOut && !general && <SuccessAlert message={t('login.loggedOut')} />}
      <Paragraph>{t('login.intro')}</Paragraph>
      {general && <ErrorAlert error={general} />}
      <form ref={formRef} noValidate onSubmit={onSubmit} className="ov-form">
        <TextField
          id="email"
          label={t('login.email')}
          type="email"
          autoComplete="username"
          value={email}
          onChange={setEmail}
          error={fieldErrors.email}
        />
        <TextField
          id="password"
          label={t('login.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={fieldErrors.password}
        />
        <Button type="submit" appearance="primary-action-button" busy={login.isPending}>
          {login.isPending ? t('login.submitting') : t('login.submit')}
        </Button>
      </form>
    </div>
  );
}

/**
 * "Sign out" sends the user here with `signOut` (LogoutButton); the session ends once the page is
 * reached, so a page that held the user up over unsaved input leaves them signed in. Signed out
 * here even if the server is unreachable; its session then simply expires. The state is then
 * replaced, so signing in again on this page is not undone.
 */
function useSignOutOnArrival(state: LoginRedirectState | null, signedIn: boolean): void {
  const logout = useLogout();
  const navigate = useNavigate();
  const started = useRef(false);
  useEffect(() => {
    if (!state?.signOut || !signedIn || started.current) return;
    started.current = true;
    logout.mutate(undefined, {
      onSettled: () => {
        const after: LoginRedirectState = { loggedOut: true };
        void navigate('/inloggen', { replace: true, state: after });
      },
    });
  }, [state, signedIn, logout, navigate]);
}
