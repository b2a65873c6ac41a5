import { Alert, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { actionMessage } from '@web/graphql/errors';
import type { MySessionQuery, WishKind } from '@web/graphql/generated/graphql';
import { SetSessionWishMutation } from './agenda.graphql';

const NONE = 'NONE';
const KINDS: WishKind[] = ['WOULD_LIKE', 'MUST_MEET', 'NO_THANKS'];

interface SessionWishesProps {
  sessionId: string;
  candidateId: string;
  employers: MySessionQuery['sessionEmployers'];
  wishes: MySessionQuery['sessionWishes'];
  onChanged(): void;
}

/** Per employer that comes: whom the person would like to meet (or rather not); the planner weighs it. */
export function SessionWishes({ sessionId, candidateId, employers, wishes, onChanged }: SessionWishesProps) {
  const { t, i18n } = useTranslation();
  const [saving, setWish] = useMutation(SetSessionWishMutation);
  const [saved, setSaved] = useState(false);
  const options = [
    { value: NONE, label: t('jobSeeker.agenda.wishes.none') },
    ...KINDS.map((kind) => ({ value: kind, label: t(`jobSeeker.agenda.wishes.${kind}`) })),
  ];
  const wishFor = (employerId: string) =>
    wishes.find((w) => w.side === 'CANDIDATE' && w.employerId === employerId)?.kind ?? NONE;

  const change = async (employerId: string, value: string | null) => {
    setSaved(false);
    const kind = value && value !== NONE ? (value as WishKind) : null;
    const result = await setWish({
      sessionId,
      input: { candidateId, employerId, side: 'CANDIDATE', kind },
    });
    if (!result.error) {
      setSaved(true);
      onChanged();
    }
  };

  return (
    <Stack gap="sm">
      <Title order={3} size="h5">
        {t('jobSeeker.agenda.wishes.title')}
      </Title>
      {employers.length === 0 ? (
        <Text size="sm">{t('jobSeeker.agenda.wishes.empty')}</Text>
      ) : (
        <>
          <Text size="sm">{t('jobSeeker.agenda.wishes.intro')}</Text>
          {employers.map((employer) => (
            <Select
              key={employer.employerId}
              label={t('jobSeeker.agenda.wishes.label', { employer: employer.name })}
              data={options}
              value={wishFor(employer.employerId)}
              onChange={(value) => void change(employer.employerId, value)}
              allowDeselect={false}
            />
          ))}
        </>
      )}
      {saving.error && (
        <Alert color="red" role="alert">
          {actionMessage(saving.error, i18n.language, t)}
        </Alert>
      )}
      {saved && (
        <Text role="status" size="sm">
          {t('jobSeeker.agenda.wishes.saved')}
        </Text>
      )}
    </Stack>
  );
}
