/**
 * The main process logger. It takes an event name and a few scalar fields (ids, codes, channel
 * names): never a payload, a file path or an error message, which may carry personal data.
 */
export type LogFields = Readonly<Record<string, string | number | boolean>>;

function format(event: string, fields: LogFields): string {
  const parts = Object.entries(fields).map(([key, value]) => `${key}=${String(value)}`);
  return ['[main]', event, ...parts].join(' ');
}

/** The error's class name only (`TypeError`, `SystemError`), or its errno code when it has one. */
export function errorKind(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' && /^[A-Z0-9_]{1,40}$/.test(code) ? code : error.name;
  }
  return typeof error;
}

export const mainLog = {
  info(event: string, fields: LogFields = {}): void {
    console.info(format(event, fields));
  },
  warn(event: string, fields: LogFields = {}): void {
    console.warn(format(event, fields));
  },
  error(event: string, fields: LogFields = {}): void {
    console.error(format(event, fields));
  },
};
