import { z } from 'zod';

/** One request per connection: a JSON line, answered by a JSON line. */
export const AdminSocketRequest = z.object({ argv: z.array(z.string().max(1000)).max(50) });
export type AdminSocketRequest = z.output<typeof AdminSocketRequest>;

export const AdminSocketReply = z.object({
  exitCode: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  out: z.array(z.string()),
  err: z.array(z.string()),
});
export type AdminSocketReply = z.output<typeof AdminSocketReply>;

export const MAX_ADMIN_LINE = 64 * 1024;

/** Collects a socket's data up to the first newline, or fails past `MAX_ADMIN_LINE`. */
export function readLine(socket: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const onData = (chunk: Buffer | string) => {
      text += chunk.toString();
      const end = text.indexOf('\n');
      if (end >= 0) finish(null, text.slice(0, end));
      else if (text.length > MAX_ADMIN_LINE) finish(new Error('admin line too long'));
    };
    const onEnd = () => finish(new Error('connection closed before a full line'));
    const finish = (error: Error | null, line = '') => {
      socket.removeListener('data', onData);
      socket.removeListener('end', onEnd);
      socket.removeListener('error', finish);
      if (error) reject(error);
      else resolve(line);
    };
    socket.on('data', onData);
    socket.on('end', onEnd);
    socket.on('error', finish);
  });
}
