import { Box, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';

export interface RateBar {
  label: string;
  /** A share from 0 to 1; null when unknown or hidden. */
  value: number | null;
  /** The value as the table shows it ("55 %", "verborgen"). */
  text: string;
}

/**
 * Shares as horizontal bars, one row each with its label and value in text: the bars only draw what the text
 * says (they are hidden from screen readers), so the chart reads as a list of figures. A hidden figure has no bar.
 */
export function RateBars({
  title,
  description,
  bars,
  order,
}: {
  title: string;
  description?: string;
  bars: RateBar[];
  /** The heading level of the title where the chart stands. */
  order: 2 | 3;
}) {
  const titleId = useId();
  return (
    <Card withBorder component="figure" m={0} aria-labelledby={titleId}>
      <Title order={order} size="h4" id={titleId}>
        {title}
      </Title>
      {description && (
        <Text size="sm" c="dimmed" mb="xs">
          {description}
        </Text>
      )}
      <Stack gap={6} component="ul" p={0} m={0} mt="xs" style={{ listStyle: 'none' }}>
        {bars.map((bar) => (
          <Group component="li" key={bar.label} wrap="nowrap" gap="sm">
            <Text size="sm" w={{ base: 120, sm: 260 }} style={{ flexShrink: 0 }}>
              {bar.label}
            </Text>
            <Box aria-hidden h={16} bg="gray.1" style={{ flex: 1, minWidth: 60 }}>
              {bar.value !== null && (
                <Box
                  h="100%"
                  bg="blue.8"
                  style={{ width: `${Math.min(1, Math.max(0, bar.value)) * 100}%` }}
                />
              )}
            </Box>
            <Text size="sm" w={90} ta="right" style={{ flexShrink: 0 }}>
              {bar.text}
            </Text>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}
