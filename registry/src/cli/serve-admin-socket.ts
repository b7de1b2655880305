import { chmodSync, rmSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/db';
import { AdminSocketRequest, readLine, type AdminSocketReply } from './admin-socket-protocol';
import { isAdminCommand, printUsage, runAdminCommand } from './run-admin-command';

/** Runs one admin command line inside the server, capturing what it prints. */
export async function runCaptured(argv: string[], db: Db): Promise<AdminSocketReply> {
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (line: string) => out.push(line), err: (line: string) => err.push(line) };
  const [command, ...args] = argv;
  const exitCode = isAdminCommand(command)
    ? await runAdminCommand(command, args, { db, now: () => new Date(), ...io })
    : printUsage(command, io);
  return { exitCode, out, err };
}

export type AdminLog = Pick<FastifyBaseLogger, 'info' | 'warn'>;

async function answer(socket: Socket, db: Db, log: AdminLog): Promise<void> {
  let reply: AdminSocketReply;
  try {
    const request = AdminSocketRequest.safeParse(JSON.parse(await readLine(socket)));
    if (!request.success) throw new Error('invalid admin request');
    log.info({ command: request.data.argv[0] }, 'admin command');
    reply = await runCaptured(request.data.argv, db);
  } catch (error) {
    log.warn({ err: error }, 'admin command failed');
    reply = { exitCode: 1, out: [], err: ['The registry could not run this admin command.'] };
  }
  socket.end(`${JSON.stringify(reply)}\n`);
}

/**
 * Lets `npm run registry:admin` reach a running registry whose embedded database it cannot open
 * itself. The socket is created owner-only (umask), then the path is removed on close.
 */
export async function serveAdminSocket(
  path: string,
  db: Db,
  log: AdminLog,
): Promise<() => Promise<void>> {
  if (process.platform !== 'win32') rmSync(path, { force: true });
  const server = createServer((socket) => void answer(socket, db, log));
  const previous = process.umask(0o077);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(path, resolve);
    });
  } finally {
    process.umask(previous);
  }
  if (process.platform !== 'win32') chmodSync(path, 0o600);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
