/**
 * Copies in the real UI (issue #16): the same e-mail added twice (under two names, as two
 * mailboxes deliver it) is found as a duplicate group once both are read; the officer accepts
 * it in the inventory and the later copy is listed "dubbel"; splitting undoes that.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { serveStatic } from './server';
import { launch } from './browser';

const root = fileURLToPath(new URL('../..', import.meta.url));
const shots = path.join(root, 'tests', 'e2e', 'screenshots');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'lakstift-e2e-copies-'));
let srv: Awaited<ReturnType<typeof serveStatic>>;
let browser: Awaited<ReturnType<typeof launch>>;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  srv = await serveStatic(path.join(root, 'dist', 'renderer'));
  browser = await launch();
  page = await browser.context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
});

afterAll(async () => {
  await browser?.close();
  await srv?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('copies in the inventory', () => {
  it('finds the same e-mail from two mailboxes as a group the officer accepts and splits', async () => {
    const a = path.join(tmp, 'mailbox-visser.pdf');
    const b = path.join(tmp, 'mailbox-kaya.pdf');
    copyFileSync(path.join(root, 'tests', 'fixtures', 'producers', 'enscript-email.pdf'), a);
    copyFileSync(path.join(root, 'tests', 'fixtures', 'producers', 'enscript-email.pdf'), b);
    await page.goto(srv.url);
    await page.getByTestId('dossier-title').fill('Kopieën');
    await page.getByTestId('case-number').fill('Woo-2025/0099');
    await page.getByTestId('law-wob').check();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('start-add-pdfs').click()]);
    await chooser.setFiles([a, b]);
    // The group is found once both documents are read (the review view opens meanwhile).
    const groups = () => page.evaluate(() => (window as unknown as { __lakstift: { state: { dossier: { groups: unknown[] } } } }).__lakstift.state.dossier.groups.length);
    await expect.poll(groups, { timeout: 120_000 }).toBe(1);
    await page.getByTestId('tab-inventory').click();
    const group = page.getByTestId('group');
    await group.first().waitFor({ timeout: 30_000 });
    expect(await group.count()).toBe(1);
    expect(await group.first().getAttribute('data-status')).toBe('proposed');
    expect(await group.first().textContent()).toMatch(/Dubbel.*0001, 0002.*identieke bestanden/);
    expect(await page.getByTestId('inventory-matter').inputValue()).toBe('Woo-2025-0099');

    await group.first().getByTestId('group-accept').click();
    await expect.poll(() => group.first().getAttribute('data-status')).toBe('accepted');
    const rows = page.getByTestId('inventory-row');
    expect(await rows.nth(1).getByTestId('inventory-grounds').textContent()).toBe('dubbel');
    expect(await rows.nth(1).getByTestId('inventory-beoordeling').locator('option:checked').textContent()).toMatch(/Niet openbaar/);
    await page.screenshot({ path: path.join(shots, '08-copies-group.png') });

    // A value the platform would refuse is marked in its cell, with the reason in Dutch.
    await rows.nth(0).getByTestId('inventory-family').fill('mail-1');
    await rows.nth(0).getByTestId('inventory-family').press('Enter');
    await expect.poll(() => rows.nth(0).getByTestId('inventory-family').getAttribute('aria-invalid')).toBe('true');
    expect(await rows.nth(0).getByTestId('inventory-family').getAttribute('title')).toMatch(/^Rij 2 \(ID 0001\), kolom "Family ID": "mail-1" is geen geldig Family ID/);
    expect(await page.getByTestId('platform-problems').textContent()).toContain('Het publicatieplatform zou dit productierapport weigeren');

    await group.first().getByTestId('group-split').click();
    await expect.poll(() => group.first().getAttribute('data-status')).toBe('split');
    expect(await rows.nth(1).getByTestId('inventory-grounds').textContent()).not.toBe('dubbel');
    expect(errors).toEqual([]);
  });
});
