/** Choose the grounds of one or more redactions from the dossier law's catalogue (key g). */
import { useEffect, useRef, useState } from 'react';
import { CATALOGUE } from '../../../shared/grounds';
import { sameTextIds } from '../../../shared/app';
import { fill, useWorkbench } from '../i18n/workbench';
import { useController } from '../useController';
import { useI18n } from '../i18n';

export function GroundsPicker() {
  const c = useController();
  const { t, s } = useI18n();
  const ids = c.groundsPickerFor;
  const law = c.state.dossier.law;
  const first = c.state.dossier.redactions.find((r) => r.id === ids?.[0]);
  const w = useWorkbench();
  const [chosen, setChosen] = useState<string[]>(first?.grounds ?? []);
  const [sameText, setSameText] = useState(false);
  const others = ids ? sameTextIds(c.state.dossier, ids).length - ids.length : 0;
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    setChosen(first?.grounds ?? []);
    setSameText(false);
    (dialog.current?.querySelector<HTMLInputElement>('input:checked') ?? dialog.current?.querySelector<HTMLInputElement>('input'))?.focus();
  }, [ids?.join(',')]);
  if (!ids) return null;
  const entries = CATALOGUE.filter((g) => g.law === law);
  const apply = () => {
    c.perform('changeGrounds', { ids, grounds: chosen, sameText });
    c.rememberGrounds(chosen);
    c.clearSelection();
    c.closeGroundsPicker();
  };
  return (
    <div className="modal-backdrop" onClick={() => c.closeGroundsPicker()}>
      <div
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-label={t('groundsPickerTitle', { law: law.toUpperCase() })}
        ref={dialog}
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            // Arrows walk the catalogue, Space ticks: the picker works without the mouse.
            const boxes = [...(dialog.current?.querySelectorAll<HTMLInputElement>('input[type=checkbox]') ?? [])];
            const at = boxes.indexOf(document.activeElement as HTMLInputElement);
            boxes[Math.min(boxes.length - 1, Math.max(0, at + (e.key === 'ArrowDown' ? 1 : -1)))]?.focus();
            e.preventDefault();
          }
          if (e.key === 'Escape') c.closeGroundsPicker();
          if (e.key === 'Enter') {
            e.preventDefault();
            apply();
          }
        }}
        data-testid="grounds-picker"
      >
        <h2>{t('groundsPickerTitle', { law: law === 'woo' ? 'Woo' : 'Wob' })}</h2>
        {first?.text && <p className="muted">“{first.text}”{ids.length > 1 ? ` + ${ids.length - 1}` : ''}</p>}
        <ul className="grounds-list">
          {entries.map((g) => (
            <li key={g.code}>
              <label>
                <input
                  type="checkbox"
                  checked={chosen.includes(g.code)}
                  onChange={(e) => setChosen(e.target.checked ? [...chosen, g.code] : chosen.filter((x) => x !== g.code))}
                />
                <code>{g.code}</code> {g.title}
              </label>
            </li>
          ))}
        </ul>
        {others > 0 && (
          <label className="same-text">
            <input type="checkbox" checked={sameText} onChange={(e) => setSameText(e.target.checked)} data-testid="grounds-same-text" />
            {fill(w.sameTextAlso, { n: others })}
          </label>
        )}
        <div className="modal-actions">
          <button onClick={() => c.closeGroundsPicker()}>{s.cancel}</button>
          <button className="primary" disabled={chosen.length === 0} onClick={apply}>{s.apply}</button>
        </div>
      </div>
    </div>
  );
}
