/**
 * The app shell: header (dossier, law, views, file actions), the three review columns or
 * the inventory, dialogs, status bar. Keys, menu commands and buttons all end in the same
 * controller methods and named actions.
 */
import { useEffect, useState } from 'react';
import type { MenuCommand } from '../../shared/ipc/contract';
import { useController, useControllerMethods, useSelect } from './useController';
import { I18nContext, useI18n } from './i18n';
import { Sidebar } from './components/Sidebar';
import { Viewer } from './components/Viewer';
import { Panel } from './components/Panel';
import { GroundsPicker } from './components/GroundsPicker';
import { PasswordDialog } from './components/PasswordDialog';
import { Inventory } from './components/Inventory';
import { ExportDialog } from './components/ExportDialog';
import { Welcome } from './components/Welcome';
import type { Controller } from './controller';
import { missingCaseError } from '../../shared/assert';
import { useWorkbench } from './i18n/workbench';
import { ReviewerView } from './review/ReviewerView';
import { AuditBanner, IdentityChip, ReviewDialogs, ReviewerTab } from './review/parts';
import { globalReviewKey, reviewerKey } from './review/keys';
import { reviewDialogOpen, reviewUi } from './review/ui';
import { reviewStrings } from './review/strings';

function isTyping(t: EventTarget | null): boolean {
  const el = t as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
}

/** Keyboard review. Returns true when the key was ours. */
export function handleKey(c: Controller, e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, openExport: () => void): boolean {
  const mod = e.ctrlKey || e.metaKey;
  const k = e.key.toLowerCase();
  if (mod && k === 'z') {
    if (e.shiftKey) c.redo();
    else c.undo();
    return true;
  }
  if (mod && k === 'y') return c.redo(), true;
  if (mod && k === 's') return void c.save(e.shiftKey), true;
  if (mod && k === 'e') return openExport(), true;
  if (mod && k === 'o') return void c.addPdfs('dialog'), true;
  if (e.altKey && !mod && e.key.startsWith('Arrow')) return nudgeFocusedBox(c, e.key, e.shiftKey), true;
  if (mod || e.altKey) return false;
  switch (e.key) {
    case 'j': case 'ArrowDown': c.perform('next'); return true;
    case 'k': case 'ArrowUp': c.perform('previous'); return true;
    case 'a': c.perform('accept'); return true;
    case 'r': c.perform('reject'); return true;
    case 'u': c.perform('reopen'); return true;
    case 'g': c.openGroundsPicker(); return true;
    case 'A': c.perform('acceptAll'); return true;
    case 'Delete': case 'Backspace': c.perform('deleteBox', c.selection.length ? { ids: c.selection } : undefined); c.clearSelection(); return true;
    case '+': case '=': c.setZoom(currentScale() * 1.2); return true;
    case '-': c.setZoom(currentScale() / 1.2); return true;
    case '0': c.setZoom(null); return true;
    case 'v': c.setTool('select'); return true;
    case 'b': c.setTool('box'); return true;
    case 't': c.setTool('text'); return true;
    case '?': case 'F1': c.toggleKeys(); return true;
    default: return false;
  }
}

/** Alt+arrow moves the focused box by one point; with Shift it grows or shrinks (right and bottom edges). */
function nudgeFocusedBox(c: Controller, key: string, resize: boolean): void {
  const r = c.state.dossier.redactions.find((x) => x.id === c.state.focusId);
  if (!r || r.wholePage || r.rects.length === 0) return;
  const dx = key === 'ArrowLeft' ? -1 : key === 'ArrowRight' ? 1 : 0;
  const dy = key === 'ArrowUp' ? -1 : key === 'ArrowDown' ? 1 : 0;
  const rects = resize
    ? [[r.rects[0][0], r.rects[0][1], Math.max(r.rects[0][0] + 2, r.rects[0][2] + dx), Math.max(r.rects[0][1] + 2, r.rects[0][3] + dy)] as typeof r.rects[number], ...r.rects.slice(1)]
    : r.rects.map((q) => [q[0] + dx, q[1] + dy, q[2] + dx, q[3] + dy] as typeof q);
  if (rects.some((q) => q[0] < 0 || q[1] < 0)) return;
  c.perform('moveBox', { id: r.id, rects });
}

function currentScale(): number {
  const z = document.querySelector('.zoom')?.textContent ?? '100%';
  return Number.parseInt(z, 10) / 100 || 1;
}

export function App({ controller: c }: { controller: Controller }) {
  // Only the language is read here; each part subscribes to what it draws (issue #14).
  const i18n = useSelect((x) => x.i18n);
  const [exporting, setExporting] = useState(false);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (c.groundsPickerFor || c.passwordPrompt || reviewDialogOpen(c) || isTyping(e.target)) return;
      if (e.key === 'Escape') {
        c.toggleKeys(false);
        c.clearSelection();
        return;
      }
      const officer = () => handleKey(c, e, () => setExporting(true));
      if (globalReviewKey(c, e) || (c.state.view === 'reviewer' ? reviewerKey(c, e, officer) : officer())) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    const offMenu = c.api.onMenu((cmd: MenuCommand) => {
      switch (cmd) {
        case 'new-dossier': c.newDossier('', c.lastLaw, ''); break;
        case 'open-pdfs': void c.addPdfs('dialog'); break;
        case 'open-dossier': void c.openDossier(); break;
        case 'save': void c.save(false); break;
        case 'save-as': void c.save(true); break;
        case 'export': setExporting(true); break;
        case 'undo': c.undo(); break;
        case 'redo': c.redo(); break;
        case 'zoom-in': c.setZoom(currentScale() * 1.2); break;
        case 'zoom-out': c.setZoom(currentScale() / 1.2); break;
        case 'fit-width': c.setZoom(null); break;
        case 'view-review': c.perform('setView', { view: 'review' }); break;
        case 'view-inventory': c.perform('setView', { view: 'inventory' }); break;
        case 'view-reviewer': c.perform('setView', { view: 'reviewer' }); break;
        case 'settings': reviewUi(c).openSettings(); break;
        case 'language-nl': c.setLanguage('nl'); break;
        case 'language-en': c.setLanguage('en'); break;
        case 'help-keys': c.toggleKeys(); break;
        default: throw missingCaseError(cmd);
      }
    });
    // Drops anywhere in the window: PDFs and (in Electron) folders.
    const onDragOver = (e: DragEvent) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      c.setDragging(true);
    };
    const onDragLeave = (e: DragEvent) => {
      if (e.relatedTarget === null) c.setDragging(false);
    };
    const onDrop = (e: DragEvent) => {
      e.preventDefault();
      c.setDragging(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length) void c.addPdfs({ dropped: files });
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
      offMenu();
    };
  }, [c]);

  return (
    <I18nContext.Provider value={i18n}>
      <Shell exporting={exporting} setExporting={setExporting} />
    </I18nContext.Provider>
  );
}

/**
 * The time of a save as hours:minutes, 24-hour with leading zeros ("09:05"), which is what
 * nl-NL and en-GB both write. Not with Intl: the first DateTimeFormat loads the locale's data,
 * a task of 50 ms and more on the UI thread that fell in the middle of an analysis (the first
 * auto-save), and toLocaleTimeString builds a new formatter on every call (issue #17).
 */
function clock(iso: string): string {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

function Shell({ exporting, setExporting }: { exporting: boolean; setExporting(v: boolean): void }) {
  const c = useControllerMethods();
  // What the shell draws; the decisions and the focus are not in it, so a key press in the
  // review does not draw the shell (and with it every column) again.
  useSelect((x) => {
    const dd = x.state.dossier;
    return [x.hasDossier, dd.title, dd.caseNumber, dd.law, x.state.view, x.state.documentId, x.store.canUndo, x.store.canRedo, x.saveStatus,
      x.dragging, x.groundsPickerFor, x.passwordPrompt, x.showKeys, x.messages, x.i18n];
  });
  const { s, t, lang } = useI18n();
  const st = c.state;
  const d = st.dossier;
  const time = (iso?: string) => (iso ? clock(iso) : '');
  const saved = c.saveStatus.kind === 'saved' ? t('savedAt', { time: time(c.saveStatus.at) }) : c.saveStatus.kind === 'autosaved' ? t('autoSavedAt', { time: time(c.saveStatus.at) }) : s.unsaved;

  return (
    <div className={`app ${c.dragging ? 'dragging' : ''}`}>
      <header className="topbar">
        <span className="brand">Lakstift</span>
        {c.hasDossier && (
          <>
            <span className="dossier-title" data-testid="dossier-name">{d.title}{d.caseNumber ? ` · ${d.caseNumber}` : ''}</span>
            <span className="law" title={s.law}>{d.law === 'woo' ? 'Woo' : 'Wob'}</span>
            <nav className="tabs" role="tablist">
              <button role="tab" aria-selected={st.view === 'review'} className={st.view === 'review' ? 'on' : ''} onClick={() => c.perform('setView', { view: 'review' })} data-testid="tab-review">{s.review}</button>
              <button role="tab" aria-selected={st.view === 'inventory'} className={st.view === 'inventory' ? 'on' : ''} onClick={() => c.perform('setView', { view: 'inventory' })} data-testid="tab-inventory">{s.inventory}</button>
              <ReviewerTab />
            </nav>
          </>
        )}
        <span className="spacer" />
        {c.hasDossier && (
          <>
            <button onClick={() => c.undo()} disabled={!c.store.canUndo} title={`${s.undo} (Ctrl+Z)`} aria-label={s.undo}>↶</button>
            <button onClick={() => c.redo()} disabled={!c.store.canRedo} title={`${s.redo} (Ctrl+Shift+Z)`} aria-label={s.redo}>↷</button>
            <button onClick={() => void c.addPdfs('dialog')} data-testid="add-pdfs">{s.addPdfs}</button>
            <button onClick={() => void c.save(false)}>{s.save}</button>
            <button className="primary" onClick={() => setExporting(true)} data-testid="open-export">{s.export}</button>
          </>
        )}
        <IdentityChip />
        <select value={lang} onChange={(e) => c.setLanguage(e.target.value as 'nl' | 'en')} aria-label={s.language} data-testid="language">
          <option value="nl">NL</option>
          <option value="en">EN</option>
        </select>
      </header>
      {!c.hasDossier ? (
        <Welcome />
      ) : st.view === 'inventory' ? (
        <main className="inventory-view"><Inventory /></main>
      ) : st.view === 'reviewer' ? (
        <ReviewerView />
      ) : (
        <main className="review">
          <Sidebar />
          {st.documentId ? <Viewer documentId={st.documentId} /> : <div className="viewer empty"><p className="muted">{s.noDocuments}</p></div>}
          <Panel />
        </main>
      )}
      <footer className="statusbar">
        <span data-testid="save-status">{saved}</span>
        <span className="spacer" />
        <span className="muted">{st.view === 'reviewer' ? reviewStrings(lang).r.keysHint : s.keysHint}</span>
      </footer>
      {c.dragging && <div className="dropzone">{s.dropHere}</div>}
      {c.groundsPickerFor && <GroundsPicker />}
      {c.passwordPrompt && <PasswordDialog />}
      {exporting && <ExportDialog onClose={() => setExporting(false)} />}
      <ReviewDialogs />
      <AuditBanner />
      {c.showKeys && <KeysHelp />}
      <div className="toasts" aria-live="polite">
        {c.messages.map((m) => <div key={m.id} className={`toast ${m.kind}`} role={m.kind === 'error' ? 'alert' : 'status'}>{m.text}</div>)}
      </div>
    </div>
  );
}

function KeysHelp() {
  const c = useController();
  const { s } = useI18n();
  const w = useWorkbench();
  const rows: [string, string][] = [
    ['j / ↓', 'volgende · next'], ['k / ↑', 'vorige · previous'], ['a', s.accept], ['r', s.reject], ['u', s.reopen], ['Shift+A', s.acceptAll],
    ['g', s.changeGrounds], ['b', s.toolBox], ['t', s.toolText], ['v', s.toolSelect], ['+ / − / 0', `${s.zoomIn} / ${s.zoomOut} / ${s.fitWidth}`],
    ['Ctrl+Z', s.undo], ['Ctrl+Shift+Z', s.redo], ['Ctrl+S', s.save], ['Ctrl+E', s.export],
    ['Alt+← ↑ → ↓ · Alt+Shift+…', w.boxKeysHint], ['Delete', w.boxKeysHint.split(' · ').at(-1) ?? ''],
    ['Ctrl+1 / 2 / 3', `${s.review} / ${s.inventory} / ${c.i18n.lang === 'nl' ? 'Controle' : 'Legal review'}`], ['Ctrl+,', c.i18n.lang === 'nl' ? 'Instellingen (naam, rol)' : 'Settings (name, role)'],
  ];
  return (
    <div className="modal-backdrop" onClick={() => c.toggleKeys(false)}>
      <div className="modal" role="dialog" aria-label={s.keysTitle}>
        <h2>{s.keysTitle}</h2>
        <table className="keys">{rows.map(([k, v]) => <tr key={k}><td><kbd>{k}</kbd></td><td>{v}</td></tr>)}</table>
      </div>
    </div>
  );
}
