/**
 * The inventory list (inventarislijst), one row per document, editable where the officer
 * decides: number, title, date, beoordeling, remarks, public link. Grounds are derived from
 * the redactions; a change goes through the same named actions (and undo) as the review.
 */
import { BEOORDELINGEN, type Beoordeling, type DocumentPatch } from '../../../shared/dossier';
import { summarise } from '../../../shared/app';
import { useController } from '../useController';
import { useI18n } from '../i18n';
import { DocReviewBadge } from '../review/ReviewerView';
import { reviewStrings } from '../review/strings';

function Cell({ value, onCommit, label, testId }: { value: string; onCommit(v: string): void; label: string; testId?: string }) {
  return (
    <input
      className="cell"
      defaultValue={value}
      key={value}
      aria-label={label}
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
  const { s } = useI18n();
  const d = c.state.dossier;
  const edit = (documentId: string, patch: DocumentPatch) => c.perform('editDocument', { documentId, patch });
  return (
    <div className="inventory" data-testid="inventory">
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
          </tr>
        </thead>
        <tbody>
          {d.documents.map((doc) => {
            const sum = summarise(d, doc);
            return (
              <tr key={doc.id} data-testid="inventory-row">
                <td className="num"><Cell value={doc.number} label={s.invNumber} onCommit={(v) => edit(doc.id, { number: v })} /></td>
                <td className="title"><Cell value={doc.title} label={s.invTitle} testId="inventory-title" onCommit={(v) => edit(doc.id, { title: v })} /></td>
                <td className="date"><Cell value={doc.date} label={s.invDate} onCommit={(v) => edit(doc.id, { date: v })} /></td>
                <td>{doc.fileType}</td>
                <td>
                  <select
                    value={doc.beoordeling ?? ''}
                    aria-label={s.invBeoordeling}
                    data-testid="inventory-beoordeling"
                    onChange={(e) => c.perform('setBeoordeling', { documentId: doc.id, beoordeling: (e.target.value || undefined) as Beoordeling | undefined })}
                  >
                    <option value="">{s.beoordelingen[sum.beoordeling]} ({s.derived})</option>
                    {BEOORDELINGEN.map((b) => <option key={b} value={b}>{s.beoordelingen[b]}</option>)}
                  </select>
                </td>
                <td className="grounds-cell" data-testid="inventory-grounds">{sum.grounds.join('; ')}</td>
                <td className="num">{sum.accepted}</td>
                <td data-testid="inventory-review"><DocReviewBadge doc={doc} /></td>
                <td><Cell value={doc.remarks} label={s.invRemarks} onCommit={(v) => edit(doc.id, { remarks: v })} /></td>
                <td><Cell value={doc.publicLink} label={s.invLink} onCommit={(v) => edit(doc.id, { publicLink: v })} /></td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
