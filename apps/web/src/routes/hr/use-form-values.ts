import { useCallback, useEffect, useRef, useState } from 'react';
import type { FormProblem } from './form-problem';

/**
 * A form's values and the messages on its fields. Nothing the user typed is ever reset by a refusal: values
 * only change through `set`. Changing a field clears its own messages (and those of its sub-fields).
 */
export function useFormValues<T extends object>(initial: T) {
  const [values, setValues] = useState(initial);
  const [problem, setProblem] = useState<FormProblem>({ fields: {} });
  const [attempt, setAttempt] = useState(0);
  const set = useCallback(<K extends keyof T>(key: K, value: T[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setProblem((current) => ({
      ...current,
      fields: Object.fromEntries(
        Object.entries(current.fields).filter(([field]) => field.split('.')[0] !== key),
      ),
    }));
  }, []);
  const refuse = useCallback((next: FormProblem) => {
    setProblem(next);
    setAttempt((n) => n + 1);
  }, []);
  useFocusFirstInvalid(attempt);
  return { values, set, problem, refuse, clear: () => setProblem({ fields: {} }) };
}

/** After a refused save, the first field with a message takes focus, or else the form's message. */
function useFocusFirstInvalid(attempt: number) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const target =
      document.querySelector<HTMLElement>('main [aria-invalid="true"]') ??
      document.querySelector<HTMLElement>('main [data-form-problem]');
    target?.focus();
  }, [attempt]);
}

/** Mantine's NumberInput gives '' for an empty field. */
export const toInt = (value: number | string): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : undefined;

export const PC4 = /^[1-9]\d{3}$/;
