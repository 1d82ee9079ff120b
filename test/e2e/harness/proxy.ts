// A recording proxy that refuses everything. The browsers are started behind it, so any request
// that escapes request interception (background/service-worker fetches, Firefox content-script
// fetches to permitted hosts, browser chatter) is seen here and fails the no-network check.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ProxyLog = { method: string; target: string }[];

export async function startRecordingProxy(): Promise<{
  port: number;
  log: ProxyLog;
  close(): Promise<void>;
}> {
  const log: ProxyLog = [];
  const server: Server = createServer((req, res) => {
    log.push({ method: req.method ?? 'GET', target: req.url ?? '' });
    res.writeHead(403).end('blocked by ACE Assist test proxy');
  });
  server.on('connect', (req, socket) => {
    log.push({ method: 'CONNECT', target: req.url ?? '' });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    log,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Hosts the browsers themselves contact (updates, safe browsing, captive-portal probes). They are not
 * the extension's traffic; anything else in the proxy log is a failure.
 */
export const BROWSER_OWN_HOSTS = [
  /(^|\.)mozilla\.(com|net|org)(:\d+)?$/,
  /(^|\.)firefox\.(com|settings\.services\.mozilla\.com)(:\d+)?$/,
  /(^|\.)mozilla\.cloudflare-dns\.com(:\d+)?$/,
  /(^|\.)googleapis\.com(:\d+)?$/,
  /(^|\.)gvt1\.com(:\d+)?$/,
  /(^|\.)google\.com(:\d+)?$/,
];

export function foreignRequests(log: ProxyLog): ProxyLog {
  return log.filter(({ target }) => {
    let host = target;
    try {
      host = target.includes('://') ? new URL(target).host : target;
    } catch {
      // keep the raw target
    }
    return !BROWSER_OWN_HOSTS.some((re) => re.test(host));
  });
}
