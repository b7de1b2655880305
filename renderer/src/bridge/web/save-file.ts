import { ok, type IpcResult } from '../../../../shared/ipc/result';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import type { ParsedInput } from './validated-handler';

/** Hands a file to the browser to download under the given name. */
export type DownloadFile = (blob: Blob, fileName: string) => void;

export function saveFile(
  download: DownloadFile,
  input: ParsedInput<'file:save'>,
): IpcResult<ChannelOutput<'file:save'>> {
  const part: BlobPart =
    typeof input.content === 'string' ? input.content : new Uint8Array(input.content);
  download(new Blob([part], { type: input.mimeType }), input.suggestedName);
  return ok({ saved: true });
}
