/**
 * The inventory list (inventarislijst), one row per document, editable where the officer
 * decides: number, title, date, beoordeling, remarks, public link, family, thread and related
 * IDs. Grounds are derived from the redactions; a change goes through the same named actions
 * (and undo) as the review. Every cell is checked against the publication platform's import
 * rules as the bundle will be (shared/export/platform.ts), inline and in Dutch; above the list
 * the platform's Matter and the groups of copies, threads and attachments the officer accepts
 * or splits (issue #16).
 */
import { useMemo } from 'react';
import { BEOORDELINGEN, type Beoordeling, type DocumentPatch, type DossierDocument } from '../../../shared/dossier';
import { DOCUMENT_TYPES, formatDutchDate, parseDutchDate, recogniseType, summarise, type DocumentType, type PageWords, type RecognisedType } from '../../../shared/app';
import { fill, useWorkbench } from '../i18n/workbench';
import { deriveInventory, inventoryTable } from '../../../shared/export/inventory';
import { matterFromCaseNumber, validateProductierapport, type PlatformField, type PlatformProblem } from '../../../shared/export/platform';
import { useController } from '../useController';
import { useI18n } from '../i18n';
import { DocReviewBadge } from '../review/ReviewerView';
import { reviewStrings } from '../review/strings';

function Cell({ value, onCommit, label, testId, problems = [] }: { value: string; onCommit(v: string): void; label: string; testId?: string; problems?: PlatformProblem[] }) {
  return (
    <input
      className={problems.length ? 'cell cell-invalid' : 'cell'}
      defaultValue={value}
      key={value}
      aria-label={label}
      aria-invalid={problems.length > 0 || undefined}
      title={problems.map((p) => p.messageNl).join('\n') || undefined}
      data-testid={testId}
      onBlur={(e) => {
        if (e.target.value !== value) onCommit(e.target.value);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
      }}
    />
  );
}

export function Inventory() {
  const c = useController();
  const { s, t } = useI18n();
  const w = useWorkbench();
  const d = c.state.dossier;
  const edit = (documentId: string, patch: DocumentPatch) => c.perform('editDocument', { documentId, patch });
  // The productierapport as the bundle writes it, judged by the platform's rules: problems by document number and field.
  const { rows, verdict } = useMemo(() => {
    const rows = deriveInventory(d);
    return { rows, verdict: validateProductierapport(inventoryTable(rows, 'productierapport')) };
  }, [d]);
  const problemsOf = (number: string, field: PlatformField) => verdict.problems.filter((p) => p.row >= 2 && rows[p.row - 2]?.number === number && p.field === field);
  const derivedMatter = matterFromCaseNumber(d.caseNumber);
  const numberOf = new Map(d.documents.map((x) => [x.id, x.number]));
  return (
    <div className="inventory" data-testid="inventory">
      <div className="platform-matter">
        <label>{s.matterLabel}{' '}
          <input className="cell" defaultValue={d.matter} key={d.matter} data-testid="inventory-matter" aria-invalid={!d.matter || undefined}
            onBlur={(e) => { if (e.target.value !== d.matter) c.perform('editDossier', { patch: { matter: e.target.value } }); }} />
        </label>
        {d.matter && d.matter === derivedMatter && d.caseNumber !== d.matter ? <span className="hint">{t('matterRule', { caseNumber: d.caseNumber })}</span> : null}
        {!d.matter ? <span className="hint cell-invalid">{s.matterMissing}</span> : null}
      </div>
      {verdict.problems.length > 0 ? (
        <ul className="platform-problems" data-testid="platform-problems">
          {verdict.problems.map((p, i) => <li key={i} className={p.severity === 'error' ? 'error' : 'warning'}>{p.severity === 'error' ? s.platformRefuses : s.platformWarns} {p.messageNl}</li>)}
        </ul>
      ) : null}
      {d.groups.length > 0 ? (
        <section className="groups" data-testid="groups">
          <h3>{s.groupsTitle}</h3>
          <ul>
            {d.groups.map((g) => (
              <li key={g.id} data-testid="group" data-status={g.status}>
                <strong>{s.groupKinds[g.kind]}</strong> ({s.groupStatuses[g.status]}): {g.documentIds.map((id) => numberOf.get(id)).join(', ')} — {g.reason}
                {g.status === 'proposed' ? <button type="button" data-testid="group-accept" onClick={() => c.perform('acceptGroup', { groupId: g.id })}>{s.groupAccept}</button> : null}
                {g.status !== 'split' ? <button type="button" data-testid="group-split" onClick={() => c.perform('splitGroup', { groupId: g.id })}>{s.groupSplit}</button> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <table>
        <thead>
          <tr>
            <th>{s.invNumber}</th>
            <th>{s.invTitle}</th>
            <th>{s.invDate}</th>
            <th>{s.invType}</th>
            <th>{s.invBeoordeling}</th>
            <th>{s.invGrounds}</th>
            <th>{s.invRedactions}</th>
            <th>{reviewStrings(c.i18n.lang).r.reviewColumn}</th>
            <th>{s.invRemarks}</th>
            <th>{s.invLink}</th>
            <th>{s.invFamily}</th>
            <th>{s.invThread}</th>
            <th>{s.invRelated}</th>
          </tr>
        </thead>
        <tbody>
          {d.documents.map((doc) => {
            const sum = summarise(d, doc);
            const row = rows.find((r) => r.documentId === doc.id);
            const p = (f: PlatformField) => problemsOf(doc.number, f);
            return (
              <tr key={doc.id} data-testid="inventory-row">
                <td className="num"><Cell value={doc.number} label={s.invNumber} problems={p('id')} onCommit={(v) => edit(doc.id, { number: v })} /></td>
                <td className="title"><Cell value={doc.title} label={s.invTitle} testId="inventory-title" problems={p('document')} onCommit={(v) => edit(doc.id, { title: v })} /></td>
                <td className="date"><Cell value={formatDutchDate(doc.date)} label={s.invDate} problems={p('date')} onCommit={(v) => {
                  // Typed as Dutch officers type dates (dd-mm-jjjj, 5 maart 2024); kept as ISO.
                  const iso = parseDutchDate(v);
                  if (iso === null) c.notify('error', fill(w.dateInvalid, { value: v }));
                  else edit(doc.id, { date: iso });
                }} /></td>
                <td><DocTypeCell doc={doc} /></td>
                <td>
                  <select
                    value={doc.beoordeling ?? ''}
                    aria-label={s.invBeoordeling}
                    data-testid="inventory-beoordeling"
                    onChange={(e) => c.perform('setBeoordeling', { documentId: doc.id, beoordeling: (e.target.value || undefined) as Beoordeling | undefined })}
                  >
                    <option value="">{s.beoordelingen[row?.duplicateOf ? row.beoordeling : sum.beoordeling]} ({s.derived})</option>
                    {BEOORDELINGEN.map((b) => <option key={b} value={b}>{s.beoordelingen[b]}</option>)}
                  </select>
                </td>
                <td className="grounds-cell" data-testid="inventory-grounds">{(row?.duplicateOf ? row.grounds : sum.grounds).join('; ')}</td>
                <td className="num" data-testid="inventory-redactions">{sum.accepted}</td>
                <td data-testid="inventory-review"><DocReviewBadge doc={doc} /></td>
                <td><Cell value={doc.remarks} label={s.invRemarks} problems={p('remark')} onCommit={(v) => edit(doc.id, { remarks: v })} /></td>
                <td><Cell value={doc.publicLink} label={s.invLink} problems={p('links')} onCommit={(v) => edit(doc.id, { publicLink: v })} /></td>
                <td className="num"><Cell value={doc.familyId} label={s.invFamily} testId="inventory-family" problems={p('family')} onCommit={(v) => edit(doc.id, { familyId: v.trim() })} /></td>
                <td className="num"><Cell value={doc.threadId} label={s.invThread} testId="inventory-thread" problems={p('threadId')} onCommit={(v) => edit(doc.id, { threadId: v.trim() })} /></td>
                <td className="num"><Cell value={row?.relatedId ?? doc.relatedId} label={s.invRelated} problems={p('relatedIds')} onCommit={(v) => edit(doc.id, { relatedId: v.trim() })} /></td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** What the Type column shows for a document: the officer's choice, or the type recognised from its words. */
const RECOGNISED = new WeakMap<object, RecognisedType>();
function recognised(words: readonly PageWords[] | undefined): RecognisedType | null {
  if (!words) return null;
  let t = RECOGNISED.get(words);
  if (!t) RECOGNISED.set(words, (t = recogniseType(words)));
  return t;
}

/**
 * The document type (e-mail, nota, brief, verslag, …) recognised from the document with its
 * reason on hover, and a choice to set another (issue #14 item 5). The platform's file type
 * follows an e-mail.
 */
function DocTypeCell({ doc }: { doc: DossierDocument }) {
  const c = useController();
  const w = useWorkbench();
  const found = recognised(c.docs.get(doc.id)?.words);
  const value = doc.documentType ?? found?.type ?? '';
  const why = doc.documentType
    ? fill(w.docTypeByOfficer, { found: found ? `${w.docTypes[found.type]} (${found.reason})` : w.docTypeUnknown })
    : found ? fill(w.docTypeFound, { reason: found.reason }) : w.docTypeNotRead;
  return (
    <select
      value={value}
      title={why}
      aria-label={w.docTypeLabel}
      data-testid="inventory-type"
      data-source={doc.documentType ? 'officer' : found ? 'recognised' : 'none'}
      onChange={(e) => {
        const type = e.target.value as DocumentType;
        const fileType = type === 'e-mail' ? 'email' : doc.fileType === 'email' ? 'pdf' : doc.fileType;
        c.perform('editDocument', { documentId: doc.id, patch: { documentType: type, ...(fileType !== doc.fileType ? { fileType } : {}) } });
      }}
    >
      {!value && <option value="">{w.docTypeUnknown}</option>}
      {DOCUMENT_TYPES.map((t) => <option key={t} value={t}>{w.docTypes[t]}{!doc.documentType && found?.type === t ? ` (${w.docTypeRecognised})` : ''}</option>)}
    </select>
  );
}
