import net from "node:net";

/**
 * A TCP proxy in front of PostgreSQL that counts the statements the app sends: simple-protocol
 * Query ('Q') and extended-protocol Execute ('E') messages. The benchmark reads the count around one
 * request to report how many SQL queries a render makes.
 */
export type SqlCounter = { port: number; count(): number; close(): Promise<void> };

const SSL_REQUEST = 80877103;
const GSS_REQUEST = 80877104;

export function startSqlCounter(upstream: { host: string; port: number }): Promise<SqlCounter> {
  let statements = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const db = net.connect(upstream);
    sockets.add(client).add(db);
    let buffer = Buffer.alloc(0);
    let startup = true;
    client.on("data", (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        if (startup) {
          if (buffer.length < 8) break;
          const length = buffer.readInt32BE(0);
          if (buffer.length < length) break;
          const code = buffer.readInt32BE(4);
          startup = code === SSL_REQUEST || code === GSS_REQUEST;
          buffer = buffer.subarray(length);
          continue;
        }
        if (buffer.length < 5) break;
        const length = buffer.readInt32BE(1);
        if (buffer.length < 1 + length) break;
        const type = String.fromCharCode(buffer[0]!);
        if (type === "Q" || type === "E") statements++;
        buffer = buffer.subarray(1 + length);
      }
      db.write(chunk);
    });
    db.on("data", (chunk) => client.write(chunk));
    const end = () => {
      client.destroy();
      db.destroy();
      sockets.delete(client);
      sockets.delete(db);
    };
    client.on("close", end).on("error", end);
    db.on("close", end).on("error", end);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const address = server.address() as net.AddressInfo;
      resolve({
        port: address.port,
        count: () => statements,
        close: () =>
          new Promise<void>((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
