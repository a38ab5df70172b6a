import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { APP_ORIGIN, CSP, appFileFor, isAllowedRequestUrl, lockDownContents, webPreferences, withCsp } from '../../electron/main/security';
import { menuTemplate } from '../../electron/main/menu';
import type { MenuCommand } from '../../shared/ipc/contract';

const APP = 'file:///opt/Lakstift/dist/renderer/index.html';

describe('window security', () => {
  it('runs the page sandboxed and isolated, without Node', () => {
    expect(webPreferences('/p.cjs')).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webviewTag: false });
  });

  it('has a CSP without inline or eval scripts', () => {
    expect(CSP).toContain("default-src 'self'");
    expect(CSP).toContain("script-src 'self';");
    expect(CSP).not.toContain('unsafe');
    expect(withCsp({ 'content-security-policy': ['*'], 'x-a': ['1'] })).toEqual({ 'x-a': ['1'], 'Content-Security-Policy': [CSP] });
  });

  it('loads only the app files, never remote content', () => {
    expect(isAllowedRequestUrl('file:///opt/Lakstift/dist/renderer/assets/index.js', [APP])).toBe(true);
    expect(isAllowedRequestUrl('https://example.org/x.js', [APP])).toBe(false);
    expect(isAllowedRequestUrl('file:///etc/passwd', [APP])).toBe(false);
  });

  it('denies new windows and navigation away from the app', () => {
    const listeners: Record<string, (e: { preventDefault(): void }, url: string) => void> = {};
    let openHandler: ((d: { url: string }) => { action: string }) | undefined;
    lockDownContents({
      setWindowOpenHandler: (h) => {
        openHandler = h;
      },
      on: (name: string, l: never) => {
        listeners[name] = l;
        return undefined;
      },
    }, [APP]);
    expect(openHandler?.({ url: 'https://example.org' })).toEqual({ action: 'deny' });
    let prevented = 0;
    const e = { preventDefault: () => prevented++ };
    listeners['will-navigate'](e, 'https://phish.example/');
    listeners['will-navigate'](e, `${APP}#reload`);
    expect(prevented).toBe(1);
  });
});

describe('menu', () => {
  it('is Dutch and sends named commands to the renderer', () => {
    const sent: MenuCommand[] = [];
    const t = menuTemplate((c) => sent.push(c), { isMac: false, dev: false });
    expect(t.map((m) => m.label)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Help']);
    const file = t[0].submenu as { label?: string; click?: () => void }[];
    file.find((i) => i.label === 'Besluitpakket exporteren…')?.click?.();
    expect(sent).toEqual(['export']);
  });
});

describe('the app scheme', () => {
  const dir = '/opt/Lakstift/resources/app.asar/dist/renderer';
  const resolve = (u: string) => appFileFor(u, dir, path.join, path.sep);

  it('serves files of the renderer folder, index.html for the root', () => {
    expect(resolve('lakstift://app/index.html')).toBe(`${dir}/index.html`);
    expect(resolve('lakstift://app/')).toBe(`${dir}/index.html`);
    expect(resolve('lakstift://app/assets/index-x.js?v=1#a')).toBe(`${dir}/assets/index-x.js`);
  });

  it.each([
    'lakstift://app/../../etc/passwd',
    'lakstift://app/%2e%2e/%2e%2e/etc/passwd',
    'lakstift://app/assets/..%2f..%2f..%2fsecret',
  ])('never leaves the renderer folder for %s', (u) => {
    const f = resolve(u);
    expect(f === null || f.startsWith(`${dir}/`)).toBe(true);
  });

  it.each([
    'lakstift://app/assets/..%2f..%2fsecret',
    'lakstift://other/index.html',
    'file:///etc/passwd',
    'lakstift://app/%E0%A4%A',
  ])('refuses %s', (u) => {
    expect(resolve(u)).toBeNull();
  });

  it('lets the page load only its own scheme and host', () => {
    const app = `${APP_ORIGIN}/index.html`;
    expect(isAllowedRequestUrl('lakstift://app/assets/x.js', [app])).toBe(true);
    expect(isAllowedRequestUrl('lakstift://elsewhere/x.js', [app])).toBe(false);
    expect(isAllowedRequestUrl('file:///opt/Lakstift/dist/renderer/index.html', [app])).toBe(false);
    expect(isAllowedRequestUrl('http://127.0.0.1:8080/', [app])).toBe(false);
  });
});
