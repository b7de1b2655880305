import { argon2idRaw } from './argon2id-raw';
import type { KdfReply, KdfRequest } from './kdf-messages';

/**
 * Module worker that runs one Argon2id derivation off the UI thread, then is terminated by the
 * page (so its 64 MiB of wasm memory goes with it). The secret's bytes are zeroed after use.
 * Typed by hand: the renderer's tsconfig has DOM types, not WebWorker ones.
 */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<KdfRequest>) => void) | null;
  postMessage(message: KdfReply, transfer?: Transferable[]): void;
};

scope.onmessage = async ({ data }: MessageEvent<KdfRequest>) => {
  try {
    const raw = await argon2idRaw(data.password, data.cost);
    scope.postMessage({ ok: true, raw }, [raw.buffer]);
  } catch {
    scope.postMessage({ ok: false });
  } finally {
    data.password.fill(0);
  }
};
