import { Checkbox, SimpleGrid } from '@mantine/core';

interface Props<V extends string> {
  label: string;
  description?: string;
  options: { value: V; label: string }[];
  value: V[];
  onChange(value: V[]): void;
  /** Columns from the small breakpoint on; one column on phones. */
  columns: number;
}

/** A few enum values to tick, labelled as a group. */
export function EnumChecks<V extends string>({
  label,
  description,
  options,
  value,
  onChange,
  columns,
}: Props<V>) {
  return (
    <Checkbox.Group
      label={label}
      description={description}
      value={value}
      onChange={(next) => onChange(options.filter((o) => next.includes(o.value)).map((o) => o.value))}
    >
      <SimpleGrid cols={{ base: 1, sm: columns }} mt="xs">
        {options.map((o) => (
          <Checkbox key={o.value} value={o.value} label={o.label} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}
