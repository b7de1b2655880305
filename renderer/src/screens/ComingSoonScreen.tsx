import { Text } from '@mantine/core';
import { ScreenTitle } from '../shell/ScreenTitle';

interface ComingSoonScreenProps {
  title: string;
  body: string;
}

/** A screen not built yet: says so plainly instead of showing made-up data. */
export function ComingSoonScreen({ title, body }: ComingSoonScreenProps) {
  return (
    <section>
      <ScreenTitle>{title}</ScreenTitle>
      <Text maw="40rem">{body}</Text>
    </section>
  );
}
