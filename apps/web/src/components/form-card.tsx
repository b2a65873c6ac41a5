import { Card, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  /** Ties the section's landmark name to its heading. */
  id: string;
  title: string;
  onSubmit(): void;
  children: ReactNode;
}

/** A form in its own named section: our checks speak instead of the browser's, which cannot be translated. */
export function FormCard({ id, title, onSubmit, children }: Props) {
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <Stack gap="sm">
          <Title order={2} id={id}>
            {title}
          </Title>
          {children}
        </Stack>
      </form>
    </Card>
  );
}
