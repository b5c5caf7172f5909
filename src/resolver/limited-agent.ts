// A size bound on registry answers. npm-registry-fetch (through make-fetch-happen)
// buffers a whole packument and JSON-parses it, with no size option that reaches the socket: a
// hostile or broken registry streaming gigabytes would exhaust memory before any timeout. This
// agent is npm's own (@npmcli/agent: proxies from the environment, keep-alive, timeouts) with one
// change: each response may carry at most `maxBytes` bytes on the wire; past that the socket is
// destroyed and the look-up fails with ERESPONSETOOLARGE.
import type { ClientRequest } from 'node:http';
import type { Duplex } from 'node:stream';

export const RESPONSE_TOO_LARGE = 'ERESPONSETOOLARGE';

const COUNT = Symbol('aitg.bytesThisResponse');
type CountedSocket = Duplex & { [COUNT]?: number };

interface AgentModule {
  Agent: new (options: Record<string, unknown>) => {
    connect(request: ClientRequest, options: Record<string, unknown>): Promise<Duplex>;
    addRequest(request: ClientRequest, options: Record<string, unknown>): void;
  };
}
interface ProxyModule {
  getProxy(url: string, options: { proxy?: string; noProxy?: string }): URL | null;
}

/** An agent for one registry URL that refuses answers over `maxBytes` (headers included). */
export async function limitedAgent(registry: string, maxBytes: number, timeoutMs: number): Promise<unknown> {
  const { Agent } = (await import('@npmcli/agent')) as unknown as AgentModule;
  const { getProxy } = (await import('@npmcli/agent/lib/proxy.js')) as unknown as ProxyModule;

  class BodyLimitedAgent extends Agent {
    override async connect(request: ClientRequest, options: Record<string, unknown>): Promise<Duplex> {
      const socket = (await super.connect(request, options)) as CountedSocket;
      socket[COUNT] = 0;
      // The HTTP parser reads the socket in flowing mode already; one more listener only counts.
      socket.on('data', (chunk: Buffer) => {
        const seen = (socket[COUNT] ?? 0) + chunk.length;
        socket[COUNT] = seen;
        if (seen > maxBytes) {
          socket.destroy(
            Object.assign(new Error(`response over the limit of ${maxBytes} bytes`), {
              code: RESPONSE_TOO_LARGE,
            }),
          );
        }
      });
      return socket;
    }

    override addRequest(request: ClientRequest, options: Record<string, unknown>): void {
      // A kept-alive socket starts each response at zero.
      request.once('socket', (s: CountedSocket) => {
        s[COUNT] = 0;
      });
      super.addRequest(request, options);
    }
  }

  return new BodyLimitedAgent({ timeout: timeoutMs, proxy: getProxy(registry, {}) ?? undefined });
}
