import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update'] });
for (let i = 0; i < 6; i++) {
  const ctx = await b.newContext({ acceptDownloads: true });
  const p = await ctx.newPage();
  p.on('pageerror', e => console.log('pageerror:', e.message));
  p.on('console', m => console.log('console:', m.text()));
  await p.goto('http://127.0.0.1:4400/roadmap/');
  const d = p.waitForEvent('download', { timeout: 5000 }).then(() => 'ok', () => 'NO DOWNLOAD');
  await p.getByRole('button', { name: 'Download progress (JSON)' }).click();
  console.log(i, await d);
  await ctx.close();
}
await b.close();
