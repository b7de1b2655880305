import { z } from 'zod';
import { Settings } from '../../../shared/ipc/contract';

const kind = 'diaspora-desk/settings';

/** The file "Export settings" writes and "Import settings" reads. */
export const SettingsFile = z.object({
  kind: z.literal(kind),
  formatVersion: z.literal(1),
  exportedAt: z.iso.datetime(),
  settings: Settings,
});
export type SettingsFile = z.infer<typeof SettingsFile>;

export type SettingsFileError = 'unreadable' | 'wrong-kind' | 'invalid-values';
export type SettingsFileResult =
  { ok: true; value: SettingsFile } | { ok: false; error: { code: SettingsFileError } };

export const settingsFileName = 'diaspora-desk-settings.json';

export function serializeSettingsFile(settings: Settings, exportedAt: Date): string {
  const file: SettingsFile = {
    kind,
    formatVersion: 1,
    exportedAt: exportedAt.toISOString(),
    settings,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const failure = (code: SettingsFileError): SettingsFileResult => ({ ok: false, error: { code } });

/** Reads a settings file's bytes: UTF-8 JSON of the right kind with values the desk accepts. */
export function parseSettingsFile(bytes: Uint8Array): SettingsFileResult {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return failure('unreadable');
  }
  if (!z.object({ kind: z.literal(kind) }).safeParse(data).success) return failure('wrong-kind');
  const parsed = SettingsFile.safeParse(data);
  return parsed.success ? { ok: true, value: parsed.data } : failure('invalid-values');
}
