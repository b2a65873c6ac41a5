import { Card, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';

/** A titled part of a page: a landmark named by its heading, so it can be found by heading or by region. */
export function SectionCard({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {intro && <Text size="sm">{intro}</Text>}
        {children}
      </Stack>
    </Card>
  );
}
