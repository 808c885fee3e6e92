// The TypeScript SDK's peer of EchoServers for the load runner (`--peer ts`): McpServer with the
// same `echo` tool (argument `message`, answered as text) on the SDK's own stdio transport.
//   node ts-echo-server.mjs <node_modules dir holding @modelcontextprotocol/sdk>
// The SDK is loaded from that directory rather than installed here, so the benchmarks module
// builds without node or npm.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const modules = process.argv[2] ?? 'interop-tests/node_modules';
const require = createRequire(join(modules, 'noop.js'));
const load = (specifier) => import(pathToFileURL(require.resolve(specifier)).href);

const { McpServer } = await load('@modelcontextprotocol/sdk/server/mcp.js');
const { StdioServerTransport } = await load('@modelcontextprotocol/sdk/server/stdio.js');
const { z } = await load('zod');

const server = new McpServer({ name: 'echo', version: '1.0.0' });
server.registerTool('echo', { description: 'Echoes the message', inputSchema: { message: z.string() } },
  async ({ message }) => ({ content: [{ type: 'text', text: message }] }));
await server.connect(new StdioServerTransport());
