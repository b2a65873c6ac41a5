import { Alert, Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { SignedOutPage } from '@web/components/signed-out-page';
import { PATHS } from '@web/navigation';
import { logIn, type LogInResult } from '@web/session/session-api';

const MESSAGES: Record<
  Exclude<LogInResult, 'ok'>,
  'login.invalid' | 'login.rateLimited' | 'errors.generic'
> = {
  invalid: 'login.invalid',
  'rate-limited': 'login.rateLimited',
  failed: 'errors.generic',
};

export function LoginPage({ onLoggedIn, loggedOut }: { onLoggedIn: () => void; loggedOut: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<Exclude<LogInResult, 'ok'> | 'required' | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim() || !password) {
      setProblem('required');
      return;
    }
    setBusy(true);
    const result = await logIn(email.trim(), password).catch((): LogInResult => 'failed');
    setBusy(false);
    if (result !== 'ok') {
      setProblem(result);
      return;
    }
    onLoggedIn();
    await navigate(PATHS.home, { replace: true });
  };

  return (
    <SignedOutPage
      title={t('login.title')}
      intro={t('login.intro')}
      footer={
        <Anchor component={Link} to={PATHS.claim} display="block" mt="md">
          {t('jobSeeker.claim.loginLink')}
        </Anchor>
      }
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack>
          {problem && (
            <Alert color="red" role="alert">
              {t(problem === 'required' ? 'login.required' : MESSAGES[problem])}
            </Alert>
          )}
          {!problem && loggedOut && (
            <Alert color="blue" role="status">
              {t('login.sessionEnded')}
            </Alert>
          )}
          <TextInput
            label={t('login.email')}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
          />
          <PasswordInput
            label={t('login.password')}
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
          />
          <Button type="submit" loading={busy}>
            {t('login.submit')}
          </Button>
        </Stack>
      </form>
    </SignedOutPage>
  );
}
