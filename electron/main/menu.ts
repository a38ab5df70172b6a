/**
 * The Dutch application menu. Items send a `MenuCommand` to the renderer, which runs the
 * same named action as its own buttons and keys do, so there is one code path per verb.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/contract';

export function menuTemplate(send: (c: MenuCommand) => void, opts: { isMac: boolean; dev: boolean; chooseTessdata?: () => void }): MenuItemConstructorOptions[] {
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(command),
  });
  const template: MenuItemConstructorOptions[] = [];
  if (opts.isMac) template.push({ role: 'appMenu', label: 'Lakstift' });
  template.push(
    {
      label: 'Bestand',
      submenu: [
        item('Nieuw dossier', 'new-dossier', 'CmdOrCtrl+N'),
        item("PDF's toevoegen…", 'open-pdfs', 'CmdOrCtrl+O'),
        item('Dossier openen…', 'open-dossier', 'CmdOrCtrl+Shift+O'),
        { type: 'separator' },
        item('Opslaan', 'save', 'CmdOrCtrl+S'),
        item('Opslaan als…', 'save-as', 'CmdOrCtrl+Shift+S'),
        { type: 'separator' },
        item('Besluitpakket exporteren…', 'export', 'CmdOrCtrl+E'),
        { type: 'separator' },
        item('Instellingen (naam, rol)…', 'settings', 'CmdOrCtrl+,'),
        { type: 'separator' },
        // A main-process setting (issue #12): where OCR's Dutch language data is.
        ...(opts.chooseTessdata ? [{ label: 'OCR-taalgegevens kiezen…', click: opts.chooseTessdata }, { type: 'separator' } as const] : []),
        opts.isMac ? { role: 'close', label: 'Venster sluiten' } : { role: 'quit', label: 'Afsluiten' },
      ],
    },
    {
      label: 'Bewerken',
      submenu: [
        // Undo/redo go to the review history, not to the focused text field's own history.
        item('Ongedaan maken', 'undo', 'CmdOrCtrl+Z'),
        item('Opnieuw', 'redo', 'CmdOrCtrl+Shift+Z'),
        { type: 'separator' },
        { role: 'cut', label: 'Knippen' },
        { role: 'copy', label: 'Kopiëren' },
        { role: 'paste', label: 'Plakken' },
        { role: 'selectAll', label: 'Alles selecteren' },
      ],
    },
    {
      label: 'Beeld',
      submenu: [
        item('Beoordelen', 'view-review', 'CmdOrCtrl+1'),
        item('Inventarislijst', 'view-inventory', 'CmdOrCtrl+2'),
        item('Juridische controle', 'view-reviewer', 'CmdOrCtrl+3'),
        { type: 'separator' },
        item('Inzoomen', 'zoom-in', 'CmdOrCtrl+='),
        item('Uitzoomen', 'zoom-out', 'CmdOrCtrl+-'),
        item('Paginabreedte', 'fit-width', 'CmdOrCtrl+0'),
        { type: 'separator' },
        { label: 'Taal', submenu: [item('Nederlands', 'language-nl'), item('English', 'language-en')] },
        ...(opts.dev ? [{ type: 'separator' } as const, { role: 'toggleDevTools', label: 'Ontwikkelaarshulpmiddelen' } as const] : []),
      ],
    },
    { label: 'Help', submenu: [item('Sneltoetsen', 'help-keys', 'F1')] },
  );
  return template;
}
