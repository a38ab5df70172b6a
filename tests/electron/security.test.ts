import { describe, expect, it } from 'vitest';
import { CSP, isAllowedRequestUrl, lockDownContents, webPreferences, withCsp } from '../../electron/main/security';
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
