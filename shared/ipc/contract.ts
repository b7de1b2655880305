import { z } from 'zod';
import type { Channel, ChannelArea, ChannelVerb } from './channels';
import type { EventMethodName, MainEvent, MainEventArea, Unsubscribe } from './events';
import type { IpcResult } from './result';
import { supportedLocales } from '../i18n/locales';

/** Largest file the app reads or writes through the desktop API (imports, exports, PDFs). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.enum(['electron', 'web']),
  /** What protects the wrapped data key beside the passphrase. */
  vault: z.enum(['safe-storage', 'passphrase-only']),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const Settings = z.object({
  locale: z.enum(supportedLocales),
  idleLockMinutes: z.number().int().min(1).max(240),
  registryUrl: z.url({ protocol: /^https?$/ }).nullable(),
});
export type Settings = z.infer<typeof Settings>;

export const defaultSettings: Settings = { locale: 'en', idleLockMinutes: 10, registryUrl: null };

const FileContent = z.union([
  z.string().max(MAX_FILE_BYTES),
  z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_FILE_BYTES, 'file-too-large'),
]);

const FileFilter = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,10}$/))
    .min(1)
    .max(10),
});

export const SaveFileInput = z.object({
  suggestedName: z
    .string()
    .min(1)
    .max(200)
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
    .regex(/^[^/\\:*?"<>|\u0000-\u001f]+$/, 'plain file name, no folders'),
  mimeType: z.string().min(1).max(100),
  content: FileContent,
  filters: z.array(FileFilter).max(10).default([]),
});
export const SaveFileOutput = z.object({ saved: z.boolean() });

export const OpenFileInput = z.object({ filters: z.array(FileFilter).max(10).default([]) });
export const OpenFileOutput = z
  .object({ name: z.string().max(260), content: z.instanceof(Uint8Array) })
  .nullable();

/**
 * print:pdf — the window's current page as a PDF (print media, A4 or Letter). In Electron: Chromium's
 * print-to-PDF, then a save dialog (`saved` with the path, or `cancelled`); in the web bridge: the
 * browser's print dialog (`print-dialog`: where it went, if anywhere, is the browser's business).
 */
export const PrintPdfInput = z.object({
  suggestedName: SaveFileInput.shape.suggestedName.regex(/\.pdf$/i, 'a .pdf file name'),
  pageSize: z.enum(['A4', 'Letter']).default('A4'),
});
export const PrintPdfOutput = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('saved'), path: z.string().min(1).max(4096) }),
  z.object({ outcome: z.literal('cancelled') }),
  z.object({ outcome: z.literal('print-dialog') }),
]);
export type PrintPdfOutput = z.infer<typeof PrintPdfOutput>;

/** Largest blob the vault protects: a wrapped data key is 40 bytes; room for a few more. */
export const MAX_VAULT_DATA_BYTES = 1024;
/** Largest protected blob: room for base64 (4/3) plus the OS key store's header and tag. */
export const MAX_VAULT_BLOB_BYTES = 4096;

const vaultBytes = (max: number) =>
  z.instanceof(Uint8Array).refine((b) => b.byteLength > 0 && b.byteLength <= max, 'vault-size');

/**
 * How a blob is protected at rest beside the passphrase: `safe-storage` is the OS key store
 * (DPAPI, Keychain, libsecret/kwallet) through Electron's safeStorage; `none` is a passthrough
 * (the web bridge, Linux basic_text, no key store). Recorded with each blob.
 */
export const VaultScheme = z.enum(['safe-storage', 'none']);
export type VaultScheme = z.infer<typeof VaultScheme>;

export const VaultProtectInput = z.object({ data: vaultBytes(MAX_VAULT_DATA_BYTES) });
export const VaultProtectOutput = z.object({
  protected: vaultBytes(MAX_VAULT_BLOB_BYTES),
  scheme: VaultScheme,
});
export const VaultUnprotectInput = z.object({
  protected: vaultBytes(MAX_VAULT_BLOB_BYTES),
  scheme: VaultScheme,
});
export const VaultUnprotectOutput = z.object({ data: z.instanceof(Uint8Array) });

/** The desktop API: each channel's input and output, validated on both sides of the boundary. */
export const contract = {
  'app:info': { input: z.undefined(), output: AppInfo },
  'settings:get': { input: z.undefined(), output: Settings },
  'settings:set': { input: Settings.partial(), output: Settings },
  'file:save': { input: SaveFileInput, output: SaveFileOutput },
  'file:open': { input: OpenFileInput, output: OpenFileOutput },
  'vault:protect': { input: VaultProtectInput, output: VaultProtectOutput },
  'vault:unprotect': { input: VaultUnprotectInput, output: VaultUnprotectOutput },
  'print:pdf': { input: PrintPdfInput, output: PrintPdfOutput },
} as const satisfies Record<Channel, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

/** `desktop.area.verb(input)`: one method per allowed channel. */
export type InvokeApi = {
  [A in ChannelArea]: {
    [C in Channel as C extends `${A}:${string}` ? ChannelVerb<C> : never]: (
      ...args: ChannelInput<C> extends undefined ? [] : [input: ChannelInput<C>]
    ) => Promise<IpcResult<ChannelOutput<C>>>;
  };
};

/** `desktop.area.onEvent(listener)`: one subscription per allowed main-process event. */
export type EventApi = {
  [A in MainEventArea]: {
    [E in MainEvent as E extends `${A}:${string}` ? EventMethodName<E> : never]: (
      listener: () => void,
    ) => Unsubscribe;
  };
};

type AreaOf<Api, A extends PropertyKey> = A extends keyof Api ? Api[A] : unknown;

/** `window.desktop`: the calls of {@link InvokeApi} and the subscriptions of {@link EventApi}. */
export type DesktopApi = {
  [A in ChannelArea | MainEventArea]: AreaOf<InvokeApi, A> & AreaOf<EventApi, A>;
};
