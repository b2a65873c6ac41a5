import { Alert, Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { SignedOutPage } from '@web/components/signed-out-page';
import { PATHS } from '@web/navigation';
import { claimAccount } from '@web/session/session-api';
import { checkClaim, claimProblem, type ClaimField, type ClaimValues, type FieldErrors } from './claim-form';

const EMPTY: ClaimValues = { code: '', email: '', displayName: '', password: '' };

/**
 * A job seeker claims the account their HR lead invited them to, with the code from their mail; the gateway logs
 * them in at once with the session cookie, so no token is ever in script reach.
 */
export function ClaimPage({ onLoggedIn }: { onLoggedIn: () => void }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState<ClaimValues>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [claiming, setClaiming] = useState(false);

  const change = (field: ClaimField) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setGeneral(null);
    const problems = checkClaim(values, t);
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setClaiming(true);
    const result = await claimAccount({
      code: values.code.trim(),
      email: values.email.trim(),
      displayName: values.displayName.trim(),
      password: values.password,
    });
    setClaiming(false);
    if (result.outcome !== 'ok') {
      const problem = claimProblem(result, i18n.language, t);
      setErrors(problem.fields);
      setGeneral(problem.general ?? null);
      return;
    }
    onLoggedIn();
    await navigate(PATHS.suggestions, { replace: true });
  };

  return (
    <SignedOutPage
      title={t('jobSeeker.claim.title')}
      intro={t('jobSeeker.claim.intro')}
      footer={
        <Anchor component={Link} to={PATHS.login} display="block" mt="md">
          {t('jobSeeker.claim.backToLogin')}
        </Anchor>
      }
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack>
          {general && (
            <Alert color="red" role="alert">
              {general}
            </Alert>
          )}
          <TextInput
            label={t('jobSeeker.claim.code')}
            description={t('jobSeeker.claim.codeHelp')}
            autoComplete="one-time-code"
            autoCapitalize="characters"
            spellCheck={false}
            required
            value={values.code}
            error={errors.code}
            onChange={(event) => change('code')(event.currentTarget.value)}
          />
          <TextInput
            label={t('jobSeeker.claim.email')}
            description={t('jobSeeker.claim.emailHelp')}
            type="email"
            autoComplete="email"
            required
            value={values.email}
            error={errors.email}
            onChange={(event) => change('email')(event.currentTarget.value)}
          />
          <TextInput
            label={t('jobSeeker.claim.displayName')}
            description={t('jobSeeker.claim.displayNameHelp')}
            autoComplete="given-name"
            required
            value={values.displayName}
            error={errors.displayName}
            onChange={(event) => change('displayName')(event.currentTarget.value)}
          />
          <PasswordInput
            label={t('jobSeeker.claim.password')}
            description={t('jobSeeker.claim.passwordHelp')}
            autoComplete="new-password"
            required
            value={values.password}
            error={errors.password}
            // Mantine marks the other inputs invalid itself, but not this one.
            aria-invalid={errors.password ? true : undefined}
            onChange={(event) => change('password')(event.currentTarget.value)}
          />
          <Button type="submit" loading={claiming}>
            {t('jobSeeker.claim.submit')}
          </Button>
        </Stack>
      </form>
    </SignedOutPage>
  );
}
