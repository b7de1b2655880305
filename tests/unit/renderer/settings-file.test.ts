import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../shared/ipc/contract';
import {
  parseSettingsFile,
  serializeSettingsFile,
} from '../../../renderer/src/settings/settings-file';

const encode = (text: string) => new TextEncoder().encode(text);

describe('settings file', () => {
  it('reads back what it wrote', () => {
    const settings = { ...defaultSettings, locale: 'pt' as const, idleLockMinutes: 45 };
    const exportedAt = new Date('2025-03-01T08:30:00.000Z');
    const result = parseSettingsFile(encode(serializeSettingsFile(settings, exportedAt)));
    expect(result).toEqual({
      ok: true,
      value: {
        kind: 'diaspora-desk/settings',
        formatVersion: 1,
        exportedAt: exportedAt.toISOString(),
        settings,
      },
    });
  });

  it('calls text that is not UTF-8 JSON unreadable', () => {
    expect(parseSettingsFile(encode('hello'))).toEqual({
      ok: false,
      error: { code: 'unreadable' },
    });
    expect(parseSettingsFile(new Uint8Array([0xff, 0xfe, 0x7b]))).toEqual({
      ok: false,
      error: { code: 'unreadable' },
    });
  });

  it('tells another kind of JSON apart from a settings file with bad values', () => {
    expect(parseSettingsFile(encode('{"name":"x"}'))).toEqual({
      ok: false,
      error: { code: 'wrong-kind' },
    });
    const bad = serializeSettingsFile(defaultSettings, new Date()).replace(
      '"idleLockMinutes": 10',
      '"idleLockMinutes": 999',
    );
    expect(parseSettingsFile(encode(bad))).toEqual({
      ok: false,
      error: { code: 'invalid-values' },
    });
  });

  it('ignores fields a newer version may add inside the settings', () => {
    const text = serializeSettingsFile(defaultSettings, new Date()).replace(
      '"locale": "en"',
      '"locale": "en", "theme": "dark"',
    );
    const result = parseSettingsFile(encode(text));
    expect(result.ok && result.value.settings).toEqual(defaultSettings);
  });
});
