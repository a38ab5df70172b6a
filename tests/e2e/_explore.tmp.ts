import { serveStatic } from './server';
import { launch } from './browser';
const srv = await serveStatic('/work/main/dist/renderer');
const { context, close } = await launch();
const page = await context.newPage();
page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 300)));
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto(srv.url);
await page.getByTestId('dossier-title').fill('X');
const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('start-add-pdfs').click()]);
await chooser.setFiles('/work/shared/corpus/005-email-enscript.pdf');
await page.getByTestId('group-name').waitFor({ timeout: 60000 });
await page.getByTestId('accept-name').click();
await page.getByTestId('accept-email').click();
await page.getByTestId('open-export').click();
const t0 = Date.now();
page.on('download', () => console.log('DOWNLOAD', Date.now() - t0));
await page.getByTestId('export-start').click();
for (let i = 0; i < 40; i++) {
  await page.waitForTimeout(3000);
  const txt = await page.getByTestId('export-dialog').textContent();
  console.log(Math.round((Date.now() - t0) / 1000), txt?.slice(-1500));
  if (/Klaar|Fout|error|mislukt|failed|verification/i.test(txt ?? '') && !/Bezig/.test(txt ?? '')) break;
}
await page.screenshot({ path: '/tmp/lk/export.png' });
await close(); await srv.close();
