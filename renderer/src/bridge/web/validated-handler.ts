import type { z } from 'zod';
import type { Channel } from '../../../../shared/ipc/channels';
import type { ChannelOutput, Contract } from '../../../../shared/ipc/contract';
import { contract } from '../../../../shared/ipc/contract';
import { fail, ok, type IpcResult } from '../../../../shared/ipc/result';

export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;

type Run<C extends Channel> = (
  input: ParsedInput<C>,
) => Promise<IpcResult<ChannelOutput<C>>> | IpcResult<ChannelOutput<C>>;

/**
 * Wraps one web-bridge implementation the way the main process wraps an IPC handler: the input
 * is checked against the contract, the output too, and nothing throws: every failure is a code.
 */
export function validatedHandler<C extends Channel>(channel: C, run: Run<C>) {
  const schemas = contract[channel];
  return async (input?: unknown): Promise<IpcResult<ChannelOutput<C>>> => {
    const parsedInput = schemas.input.safeParse(input);
    if (!parsedInput.success) return fail('invalid-input');
    try {
      const result = await run(parsedInput.data as ParsedInput<C>);
      if (!result.ok) return result;
      const parsedOutput = schemas.output.safeParse(result.value);
      return parsedOutput.success
        ? ok(parsedOutput.data as ChannelOutput<C>)
        : fail('invalid-output');
    } catch {
      return fail('internal');
    }
  };
}
