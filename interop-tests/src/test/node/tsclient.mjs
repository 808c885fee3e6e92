#!/usr/bin/env node
// Small MCP client built on the official TypeScript SDK, used by TypeScriptClientIT as an
// independent protocol peer for our Java servers.
//
// Usage:
//   node tsclient.mjs [options] --http <url>
//   node tsclient.mjs [options] --stdio -- <command> [args...]
// Options:
//   --call <tool>            call this tool after listing tools
//   --args <json>            JSON object of arguments for --call (default {})
//   --read-first-resource    list resources and read the first one
//   --read <uri>             read this resource (e.g. one from a template) and list the resource templates
//   --get-first-prompt       list prompts and get the first one (required arguments filled with "x")
//   --timeout <ms>           per-request timeout (default 20000); the whole run is bounded by 3x this
//
// Prints exactly ONE JSON document on stdout:
//   { ok, sdkVersion, transport, target, step, error?, serverInfo, protocolVersion, capabilities,
//     tools: [names], toolCall?: {name, arguments, result}, resources?: [...], resourceRead?: {uri, result},
//     prompts?: [...], promptGet?: {name, arguments, result} }
// Exit codes: 0 = every requested step succeeded (a tool result with isError:true is a failure),
//             1 = a step failed (the JSON says which and why), 2 = usage error.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

function usage(msg) {
  process.stderr.write(`tsclient: ${msg}\n`);
  process.stdout.write(JSON.stringify({ ok: false, step: 'usage', error: msg }) + '\n');
  process.exit(2);
}

function parseArgs(argv) {
  const o = { timeout: 20000, args: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) usage(`${a} needs a value`);
      return argv[++i];
    };
    switch (a) {
      case '--http': o.url = next(); break;
      case '--stdio': {
        const sep = argv.indexOf('--', i + 1);
        if (sep !== i + 1 || sep + 1 >= argv.length) usage('--stdio must be followed by -- <command> [args...]');
        o.command = argv[sep + 1];
        o.commandArgs = argv.slice(sep + 2);
        i = argv.length;
        break;
      }
      case '--call': o.call = next(); break;
      case '--args':
        try { o.args = JSON.parse(next()); } catch (e) { usage(`--args is not JSON: ${e.message}`); }
        if (o.args === null || typeof o.args !== 'object' || Array.isArray(o.args)) usage('--args must be a JSON object');
        break;
      case '--read-first-resource': o.readFirstResource = true; break;
      case '--read': o.read = next(); break;
      case '--get-first-prompt': o.getFirstPrompt = true; break;
      case '--timeout': o.timeout = Number(next()); if (!(o.timeout > 0)) usage('--timeout must be > 0'); break;
      default: usage(`unknown argument ${a}`);
    }
  }
  if (!o.url === !o.command) usage('exactly one of --http <url> or --stdio -- <command> is required');
  return o;
}

function sdkVersion() {
  try {
    // the package's exports map hides package.json: walk up from an exported entry point
    let dir = dirname(fileURLToPath(import.meta.resolve('@modelcontextprotocol/sdk/client/index.js')));
    for (let i = 0; i < 6; i++, dir = dirname(dir)) {
      try {
        const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
        if (pkg.name === '@modelcontextprotocol/sdk') return pkg.version;
      } catch { /* keep walking */ }
    }
  } catch { /* fall through */ }
  return 'unknown';
}

const opts = parseArgs(process.argv.slice(2));
const out = {
  ok: false,
  sdkVersion: sdkVersion(),
  transport: opts.url ? 'streamable-http' : 'stdio',
  target: opts.url ?? [opts.command, ...opts.commandArgs].join(' '),
  step: 'connect',
};
let finished = false;

function finish(code) {
  if (finished) return;
  finished = true;
  process.stdout.write(JSON.stringify(out) + '\n', () => process.exit(code));
}

// Hard bound for the whole run, whatever hangs.
const hardTimer = setTimeout(() => {
  out.error = `tsclient: overall timeout of ${opts.timeout * 3} ms exceeded during step '${out.step}'`;
  finish(1);
}, opts.timeout * 3);
hardTimer.unref();

const transport = opts.url
  ? new StreamableHTTPClientTransport(new URL(opts.url))
  : new StdioClientTransport({
      command: opts.command,
      args: opts.commandArgs,
      env: Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== undefined)),
      stderr: 'inherit', // the server's stderr goes to ours; the Java IT captures it to a file
    });

// Record the initialize result as it arrives (the SDK does not expose the negotiated version for stdio).
let onmessage;
Object.defineProperty(transport, 'onmessage', {
  configurable: true,
  get: () => onmessage,
  set: (fn) => {
    onmessage = fn && ((msg, extra) => {
      if (msg && msg.result && typeof msg.result.protocolVersion === 'string' && out.protocolVersion === undefined) {
        out.protocolVersion = msg.result.protocolVersion;
      }
      return fn(msg, extra);
    });
  },
});

const client = new Client({ name: 'mcpforge-interop-tsclient', version: '1.0.0' }, { capabilities: {} });
const reqOpts = { timeout: opts.timeout };

try {
  await client.connect(transport, reqOpts);
  out.serverInfo = client.getServerVersion();
  out.capabilities = client.getServerCapabilities();

  out.step = 'tools/list';
  const tools = await client.listTools(undefined, reqOpts);
  out.tools = tools.tools.map((t) => t.name);

  if (opts.call) {
    out.step = 'tools/call';
    const result = await client.callTool({ name: opts.call, arguments: opts.args }, undefined, reqOpts);
    out.toolCall = { name: opts.call, arguments: opts.args, result };
    if (result.isError) throw new Error(`tool ${opts.call} returned isError:true`);
  }

  if (opts.readFirstResource) {
    out.step = 'resources/list';
    const list = await client.listResources(undefined, reqOpts);
    out.resources = list.resources.map((r) => ({ uri: r.uri, name: r.name, mimeType: r.mimeType }));
    if (list.resources.length === 0) throw new Error('server lists no resources');
    const uri = list.resources[0].uri;
    out.step = 'resources/read';
    out.resourceRead = { uri, result: await client.readResource({ uri }, reqOpts) };
  }

  if (opts.read) {
    out.step = 'resources/templates/list';
    const templates = await client.listResourceTemplates(undefined, reqOpts);
    out.resourceTemplates = templates.resourceTemplates.map((t) => t.uriTemplate);
    out.step = 'resources/read';
    out.resourceRead = { uri: opts.read, result: await client.readResource({ uri: opts.read }, reqOpts) };
  }

  if (opts.getFirstPrompt) {
    out.step = 'prompts/list';
    const list = await client.listPrompts(undefined, reqOpts);
    out.prompts = list.prompts.map((p) => ({ name: p.name, arguments: p.arguments ?? [] }));
    if (list.prompts.length === 0) throw new Error('server lists no prompts');
    const p = list.prompts[0];
    const args = Object.fromEntries((p.arguments ?? []).filter((a) => a.required).map((a) => [a.name, 'x']));
    out.step = 'prompts/get';
    out.promptGet = { name: p.name, arguments: args, result: await client.getPrompt({ name: p.name, arguments: args }, reqOpts) };
  }

  out.step = 'done';
  out.ok = true;
} catch (e) {
  out.error = e instanceof Error ? e.message : String(e);
}

try {
  if (opts.url && transport.sessionId) await transport.terminateSession().catch(() => {});
  await client.close();
} catch (e) {
  out.closeError = e instanceof Error ? e.message : String(e);
}
finish(out.ok ? 0 : 1);
