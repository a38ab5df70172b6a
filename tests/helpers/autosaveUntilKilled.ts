/**
 * A child process for tests/electron/recovery.test.ts: the app's dossier store auto-saving a
 * dossier after every decision, as the renderer asks it to, until the test kills it. Prints
 * the number of each decision once its auto-save has returned.
 *   vite-node tests/helpers/autosaveUntilKilled.ts -- <userDataDir> [<dossier file>]
 */
import { DossierStore } from '../../electron/main/dossierStore';
import { editDossier } from '../../shared/dossier/actions';
import type { DossierEnvelope } from '../../shared/ipc/contract';
import { later, sampleDossier } from '../shared/dossier/fixtures';

const [userData, file] = process.argv.slice(2).filter((a) => a !== '--');
const store = new DossierStore(userData);
let d = sampleDossier();
if (file) await store.save(d as unknown as DossierEnvelope, file);
for (let n = 1; ; n++) {
  d = editDossier(d, { title: `Verzoek stap ${n}`, matter: `Besluit-${n}` }, later).dossier;
  const r = await store.autoSave(d as unknown as DossierEnvelope);
  if (!r.ok) throw new Error(r.message);
  process.stdout.write(`${n}\n`);
}
