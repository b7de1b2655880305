import { Title } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { hasNavigated } from './use-hash-route';

/** A screen's heading; after a navigation, focus lands on it so screen readers announce it. */
export function ScreenTitle({ children }: { children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (hasNavigated()) heading.current?.focus();
  }, []);
  return (
    <Title order={1} ref={heading} tabIndex={-1} mb="md">
      {children}
    </Title>
  );
}
