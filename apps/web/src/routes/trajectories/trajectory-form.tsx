import { Button, type ButtonProps, Group, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { RefusalAlert } from '@web/components/refusal-alert';

interface Props {
  /** Sends the form; `confirmPossibleNames` after the user said the flagged words are no one's name. */
  onSubmit(confirmPossibleNames?: boolean): unknown;
  state: { error?: CombinedError; fetching: boolean };
  submitLabel: string;
  submitProps?: ButtonProps;
  /** Buttons next to the submit button (cancel). */
  extra?: ReactNode;
  children: ReactNode;
}

/**
 * A trajectory form: its fields, then why the gateway refused (with the way to save anyway when the privacy guard
 * took a word for a name), then the submit button. The browser's own validation stays off: the gateway's message
 * says what is wrong, in the user's language.
 */
export function TrajectoryForm({ onSubmit, state, submitLabel, submitProps, extra, children }: Props) {
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit();
      }}
    >
      <Stack gap="sm">
        {children}
        {state.error && <RefusalAlert error={state.error} onConfirmNoName={() => void onSubmit(true)} />}
        <Group>
          <Button type="submit" loading={state.fetching} {...submitProps}>
            {submitLabel}
          </Button>
          {extra}
        </Group>
      </Stack>
    </form>
  );
}
