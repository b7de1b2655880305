import { Alert } from '@mantine/core';

interface StatusMessageProps {
  tone: 'success' | 'error';
  children: string;
}

/** The outcome of an action, announced politely on success and at once on error. */
export function StatusMessage({ tone, children }: StatusMessageProps) {
  return (
    <Alert
      color={tone === 'success' ? 'green' : 'red'}
      role={tone === 'success' ? 'status' : 'alert'}
      mt="md"
    >
      {children}
    </Alert>
  );
}
