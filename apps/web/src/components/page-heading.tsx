import { Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The page's one h1, also the document title. It takes focus when the page opens, so screen-reader and keyboard
 * users start at the new page instead of at the link they followed.
 */
export function PageHeading({ title, intro }: { title: string; intro?: string }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);
  useEffect(() => heading.current?.focus(), []);
  return (
    <Stack gap="xs" mb="lg">
      <Title order={1} ref={heading} tabIndex={-1} style={{ outline: 'none' }}>
        {title}
      </Title>
      {intro && <Text c="dimmed">{intro}</Text>}
    </Stack>
  );
}
