import { Anchor, Button, Group, Stack } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CombinedError } from 'urql';
import type { hrNl } from '@web/i18n/areas/hr.nl';
import { formProblem, type FormProblem } from './form-problem';
import { FormProblemAlert } from './form-problem-alert';
import { useFormValues } from './use-form-values';

/** Saves a form's values; `expectedVersion` only when the user chose to save over someone else's change. */
export type SaveValues<T> = (
  values: T,
  confirmPossibleNames: boolean,
  expectedVersion?: number,
) => Promise<CombinedError | undefined>;

interface Options<T> {
  initial: T;
  /** The form's own checks: field path → catalogue key, before anything is sent. */
  check(values: T): Record<string, `hr.form.${keyof typeof hrNl.form}`>;
  /** The label of a field the gateway names, or undefined when the form does not show it. */
  labelOf(field: string, values: T): string | undefined;
  onSubmit: SaveValues<T>;
}

/** Values, checks before sending, and the gateway's refusal turned into messages at the fields. */
export function useSaveForm<T extends object>({ initial, check, labelOf, onSubmit }: Options<T>) {
  const { t, i18n } = useTranslation();
  const form = useFormValues(initial);
  const [saving, setSaving] = useState(false);
  const save = async (confirmPossibleNames: boolean, expectedVersion?: number) => {
    const local = check(form.values);
    if (Object.keys(local).length > 0) {
      form.refuse({ fields: Object.fromEntries(Object.entries(local).map(([f, key]) => [f, t(key)])) });
      return;
    }
    setSaving(true);
    const error = await onSubmit(form.values, confirmPossibleNames, expectedVersion);
    setSaving(false);
    if (error) form.refuse(formProblem(error, t, i18n.language, (field) => labelOf(field, form.values)));
  };
  return { ...form, saving, save };
}

/** Where cancelling leads, or (in a dialog) what it does instead. */
export type Cancel = { cancelTo: string; onCancel?: never } | { onCancel(): void; cancelTo?: never };

type FrameProps = Cancel & {
  problem: FormProblem;
  saving: boolean;
  submitLabel: string;
  save(confirmPossibleNames: boolean, expectedVersion?: number): Promise<void>;
  children: ReactNode;
};

/** The form element, the reason it was not saved (with what the user can do), and its buttons. */
export function SaveFormFrame(props: FrameProps) {
  const { problem, saving, submitLabel, save, children } = props;
  const { t } = useTranslation();
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save(false);
      }}
    >
      <Stack gap="lg">
        {children}
        <FormProblemAlert
          problem={problem}
          onConfirmNoName={() => void save(true)}
          onOverwrite={() => void save(false, problem.currentVersion)}
        />
        <Group>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
          {props.onCancel ? (
            <Button variant="default" onClick={props.onCancel}>
              {t('hr.form.cancel')}
            </Button>
          ) : (
            <Anchor component={Link} to={props.cancelTo}>
              {t('hr.form.cancel')}
            </Anchor>
          )}
        </Group>
      </Stack>
    </form>
  );
}
