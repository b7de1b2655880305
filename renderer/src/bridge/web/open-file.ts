import { MAX_FILE_BYTES } from '../../../../shared/ipc/contract';
import { fail, ok, type IpcResult } from '../../../../shared/ipc/result';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import type { ParsedInput } from './validated-handler';

/** What a browser file picker hands back (a File satisfies it). */
export type PickedFile = Pick<File, 'name' | 'size' | 'arrayBuffer'>;

/** Shows a file picker limited to `accept`; resolves null when the person cancels. */
export type PickFile = (accept: string) => Promise<PickedFile | null>;

/** `.json,.csv` from the contract's filters, for the `accept` attribute of a file input. */
export function acceptFromFilters(filters: ParsedInput<'file:open'>['filters']): string {
  return filters
    .flatMap((filter) => filter.extensions.map((extension) => `.${extension}`))
    .join(',');
}

export async function openFile(
  pickFile: PickFile,
  input: ParsedInput<'file:open'>,
): Promise<IpcResult<ChannelOutput<'file:open'>>> {
  const picked = await pickFile(acceptFromFilters(input.filters));
  if (picked === null) return ok(null);
  if (picked.size > MAX_FILE_BYTES) return fail('file-too-large');
  let buffer: ArrayBuffer;
  try {
    buffer = await picked.arrayBuffer();
  } catch {
    return fail('file-unreadable');
  }
  if (buffer.byteLength > MAX_FILE_BYTES) return fail('file-too-large');
  return ok({ name: picked.name, content: new Uint8Array(buffer) });
}
