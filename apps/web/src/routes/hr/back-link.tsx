import { Anchor } from '@mantine/core';
import { Link } from 'react-router';

export function BackLink({ to, children }: { to: string; children: string }) {
  return (
    <Anchor component={Link} to={to} size="sm" display="inline-block" mb="xs">
      {children}
    </Anchor>
  );
}
