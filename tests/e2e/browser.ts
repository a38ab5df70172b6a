/** Launches Debian's Chromium for the end-to-end tests with the flags DEVELOPERS.md gives. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.LAKSTIFT_CHROMIUM ?? '/usr/bin/chromium';

export async function launch(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'lakstift-e2e-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    locale: 'nl-NL',
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The browser host's auto-saved dossier text (IndexedDB; localStorage for an older save), or null. */
export function autosavedText(page: Page): Promise<string | null> {
  return page.evaluate(() => new Promise<string | null>((resolve) => {
    const req = indexedDB.open('lakstift', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('autosave');
    req.onerror = () => resolve(localStorage.getItem('lakstift:autosave'));
    req.onsuccess = () => {
      const get = req.result.transaction('autosave').objectStore('autosave').get('lakstift:autosave');
      get.onsuccess = () => {
        req.result.close();
        resolve(typeof get.result === 'string' ? get.result : localStorage.getItem('lakstift:autosave'));
      };
      get.onerror = () => resolve(null);
    };
  }));
}

/** Forgets the browser host's auto-saved dossier (both places it may be). */
export function clearAutosave(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((resolve) => {
    localStorage.removeItem('lakstift:autosave');
    const req = indexedDB.open('lakstift', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('autosave');
    req.onerror = () => resolve();
    req.onsuccess = () => {
      const tx = req.result.transaction('autosave', 'readwrite');
      tx.objectStore('autosave').clear();
      tx.oncomplete = () => {
        req.result.close();
        resolve();
      };
      tx.onerror = () => resolve();
    };
  }));
}
