import { Container, Group, Paper } from '@mantine/core';
import type { ReactNode } from 'react';
import { LanguageSwitch } from './language-switch';
import { PageHeading } from './page-heading';

interface SignedOutPageProps {
  title: string;
  intro: string;
  /** What comes below the form: links to the other signed-out page. */
  footer: ReactNode;
  children: ReactNode;
}

/** The pages before a session (logging in, claiming an account): the language menu, a heading and one form. */
export function SignedOutPage({ title, intro, footer, children }: SignedOutPageProps) {
  return (
    <Container size={460} py="xl" component="main" id="main">
      <Group justify="flex-end" mb="md">
        <LanguageSwitch />
      </Group>
      <PageHeading title={title} intro={intro} />
      <Paper withBorder p="lg">
        {children}
      </Paper>
      {footer}
    </Container>
  );
}
