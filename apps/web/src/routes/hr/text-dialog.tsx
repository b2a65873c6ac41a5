import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { ActionRefusal } from './action-refusal';

interface Props {
  opened: boolean;
  title: string;
  label: string;
  description: string;
  /** A reason or an evaluation must be given; a closing note may be left out. */
  required: boolean;
  submitLabel: string;
  fetching: boolean;
  error: CombinedError | undefined;
  onClose(): void;
  /** Resolves to true when the server accepted it. */
  onSubmit(text: string, confirmPossibleNames: boolean): Promise<boolean>;
}

/** A dialog with one free-text field checked by the privacy guard, with its refusal in the user's language. */
export function TextDialog(props: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const send = async (confirmPossibleNames = false) => {
    if (props.required && !text.trim()) return setMissing(true);
    if (await props.onSubmit(text.trim(), confirmPossibleNames)) setText('');
  };
  return (
    // Inside the main landmark, as the other dialogs of the app: a portal would add a second banner.
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={props.title}
      withinPortal={false}
      closeButtonProps={{ 'aria-label': t('hr.placement.close') }}
    >
      <Stack>
        {props.error && <ActionRefusal error={props.error} onConfirmNoName={() => void send(true)} />}
        <Textarea
          label={props.label}
          description={props.description}
          required={props.required}
          autosize
          minRows={3}
          maxLength={1000}
          value={text}
          error={missing ? t('hr.placement.textRequired') : undefined}
          onChange={(event) => {
            setText(event.currentTarget.value);
            setMissing(false);
          }}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('hr.form.cancel')}
          </Button>
          <Button onClick={() => void send()} loading={props.fetching}>
            {props.submitLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
