import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import type { Channel } from '../../shared/ipc/channels';
import { contract, type ChannelOutput, type Contract } from '../../shared/ipc/contract';
import { fail, ok, type IpcResult } from '../../shared/ipc/result';
import { errorKind, mainLog } from './main-log';
import { isAppSender } from './sender-check';

/** What a handler receives: the input after the contract's schema parsed it. */
export type HandlerInput<C extends Channel> = z.output<Contract[C]['input']>;

/** What a handler returns: a value for the output schema to check, or an error code. */
export type HandlerResult<C extends Channel> = IpcResult<z.input<Contract[C]['output']>>;

export type IpcImpl<C extends Channel> = (
  input: HandlerInput<C>,
  event: IpcMainInvokeEvent,
) => Promise<HandlerResult<C>>;

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

export type IpcListener<C extends Channel> = (
  event: IpcMainInvokeEvent,
  raw: unknown,
) => Promise<IpcResult<ChannelOutput<C>>>;

type Schemas = { input: z.ZodType; output: z.ZodType };

/**
 * Builds the `ipcMain.handle` listener for one channel: sender check, input validation, the
 * handler, output validation. It never throws: every failure is an error code, and a thrown
 * exception is logged by kind only (no payload) and answered with `internal`.
 */
export function createIpcListener<C extends Channel>(
  channel: C,
  impl: IpcImpl<C>,
  isAllowedSender: SenderCheck,
): IpcListener<C> {
  const schemas: Schemas = contract[channel];
  return async (event, raw) => {
    try {
      if (!isAllowedSender(event)) {
        mainLog.warn('ipc.forbidden-sender', { channel });
        return fail('forbidden-sender');
      }
      const input = schemas.input.safeParse(raw);
      if (!input.success) {
        mainLog.warn('ipc.invalid-input', { channel });
        return fail('invalid-input');
      }
      const result = await impl(input.data as HandlerInput<C>, event);
      if (!result.ok) return result;
      const output = schemas.output.safeParse(result.value);
      if (!output.success) {
        mainLog.error('ipc.invalid-output', { channel });
        return fail('invalid-output');
      }
      return ok(output.data as ChannelOutput<C>);
    } catch (error) {
      mainLog.error('ipc.internal', { channel, error: errorKind(error) });
      return fail('internal');
    }
  };
}

/** The production sender check: the app origin, in the top frame of a window the app opened. */
export const isOwnAppSender: SenderCheck = (event) =>
  isAppSender(event, (contents) => BrowserWindow.fromWebContents(contents) !== null);

/** Registers one channel of the contract with `ipcMain.handle`. */
export function handle<C extends Channel>(
  channel: C,
  impl: IpcImpl<C>,
  isAllowedSender: SenderCheck = isOwnAppSender,
): void {
  ipcMain.handle(channel, createIpcListener(channel, impl, isAllowedSender));
}
