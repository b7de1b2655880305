import { connect } from 'node:net';
import { AdminSocketReply, readLine } from './admin-socket-protocol';

/** Sends a command line to a running registry; null when none listens at `path`. */
export async function callAdminSocket(
  path: string,
  argv: string[],
): Promise<AdminSocketReply | null> {
  const socket = connect(path);
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
  } catch {
    socket.destroy();
    return null;
  }
  socket.write(`${JSON.stringify({ argv })}\n`);
  try {
    return AdminSocketReply.parse(JSON.parse(await readLine(socket)));
  } finally {
    socket.destroy();
  }
}
