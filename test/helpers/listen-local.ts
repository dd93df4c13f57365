/** Starts a test server on a free port of 127.0.0.1 and stops it with its open connections. */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Listens on 127.0.0.1 (a free port) and resolves with the base URL, e.g. `http://127.0.0.1:41234`. */
export async function listenLocal(server: Server, scheme = 'http'): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return `${scheme}://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Closes the server and drops open keep-alive connections; a server already closed resolves at once. */
export function closeLocal(server: Server): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (!server.listening) return resolve();
    server.close((err) => (err ? reject(err) : resolve()));
    server.closeAllConnections();
  });
}
