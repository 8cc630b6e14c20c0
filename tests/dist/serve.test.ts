import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** tools/serve.mjs serves the browser tests and benchmarks; it must send what a static host sends. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

let origin = '';
let stop = () => {};
beforeAll(async () => {
  const port = await freePort();
  const child = spawn(process.execPath, ['tools/serve.mjs', 'dist', String(port), '/'], { stdio: 'ignore' });
  stop = () => child.kill();
  origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (await fetch(`${origin}/`).then(() => true, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('tools/serve.mjs did not start');
});
afterAll(() => stop());

describe('tools/serve.mjs', () => {
  it('sends pages gzip-compressed to a browser that accepts it, and plain otherwise', async () => {
    const gz = await fetch(`${origin}/skills/`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(await gz.text()).toContain('<html');
    const plain = await fetch(`${origin}/skills/`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
  });

  it('leaves Pagefind files, already compressed, as they are', async () => {
    const wasm = await fetch(`${origin}/pagefind/wasm.en.pagefind`, { headers: { 'accept-encoding': 'gzip' } });
    expect(wasm.status).toBe(200);
    expect(wasm.headers.get('content-encoding')).toBeNull();
  });

  it('answers a malformed percent-encoded path with 400 and keeps serving', async () => {
    const bad = await fetch(`${origin}/x%E0%A4%A/`);
    expect(bad.status).toBe(400);
    expect((await fetch(`${origin}/`)).status).toBe(200);
  });
});
