import { Button, Text } from '@mantine/core';

interface SubmitWithProgressProps {
  label: string;
  /** Said (politely) while the work runs, e.g. "Securing the office database…". */
  working: string;
  busy: boolean;
  variant?: 'filled' | 'default';
}

/** A form's submit button, disabled while its long work runs, with what is happening meanwhile. */
export function SubmitWithProgress({ label, working, busy, variant }: SubmitWithProgressProps) {
  return (
    <div>
      <Button type="submit" loading={busy} variant={variant}>
        {label}
      </Button>
      {busy && (
        <Text role="status" size="sm" mt="xs">
          {working}
        </Text>
      )}
    </div>
  );
}
