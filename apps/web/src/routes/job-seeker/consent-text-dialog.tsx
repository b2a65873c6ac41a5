import { Alert, Blockquote, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { useLabels } from './use-labels';

interface ConsentTextDialogProps {
  opened: boolean;
  title: string;
  intro?: string;
  text: { nl: string; en: string } | undefined;
  loading: boolean;
  loadError?: CombinedError;
  /** A refusal the person can act on, in their language. */
  problem?: string | null;
  onClose(): void;
  /** The buttons: agree (and decline where that is an answer too). */
  children: ReactNode;
}

/** The exact consent text, read before anything is agreed to. */
export function ConsentTextDialog(props: ConsentTextDialogProps) {
  const { t } = useTranslation();
  const { pick } = useLabels();
  return (
    // Inside the page's main landmark: a portal would add a second banner (the dialog's header) to the body.
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={props.title}
      withinPortal={false}
      size="lg"
      closeButtonProps={{ 'aria-label': t('jobSeeker.consents.cancel') }}
    >
      <Stack>
        {props.intro && <Text size="sm">{props.intro}</Text>}
        {props.loading && !props.text && <QueryLoading />}
        {props.loadError && !props.text && <QueryError error={props.loadError} />}
        {props.text && <Blockquote p="md">{pick(props.text)}</Blockquote>}
        {props.problem && (
          <Alert color="red" role="alert">
            {props.problem}
          </Alert>
        )}
        <Group justify="flex-end">{props.children}</Group>
      </Stack>
    </Modal>
  );
}
