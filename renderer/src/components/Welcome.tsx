/** First screen: a new dossier asks which law applies (remembering the last choice), or open one. */
import { useEffect, useState } from 'react';
import type { Law } from '../../../shared/contract';
import type { RecentDossier } from '../../../shared/ipc/contract';
import { useController } from '../useController';
import { useI18n } from '../i18n';

export function Welcome() {
  const c = useController();
  const { s } = useI18n();
  const [title, setTitle] = useState('');
  const [caseNumber, setCaseNumber] = useState('');
  const [law, setLaw] = useState<Law>(c.lastLaw);
  const [recent, setRecent] = useState<RecentDossier[]>([]);
  useEffect(() => {
    void c.api.recentDossiers().then((r) => r.ok && setRecent(r.value));
  }, [c]);
  return (
    <div className="welcome" data-testid="welcome">
      <div className="card">
        <h1>{s.welcomeTitle}</h1>
        <p>{s.welcomeText}</p>
        <label>{s.dossierTitle}<input value={title} onChange={(e) => setTitle(e.target.value)} placeholder="Woo-verzoek …" data-testid="dossier-title" /></label>
        <label>{s.caseNumber}<input value={caseNumber} onChange={(e) => setCaseNumber(e.target.value)} placeholder="2024-0017" data-testid="case-number" /></label>
        <fieldset>
          <legend>{s.law}</legend>
          <label className="radio"><input type="radio" name="law" checked={law === 'woo'} onChange={() => setLaw('woo')} data-testid="law-woo" /> {s.lawWoo}</label>
          <label className="radio"><input type="radio" name="law" checked={law === 'wob'} onChange={() => setLaw('wob')} data-testid="law-wob" /> {s.lawWob}</label>
        </fieldset>
        <div className="row">
          <button
            className="primary"
            data-testid="start-add-pdfs"
            onClick={() => {
              c.newDossier(title, law, caseNumber);
              void c.addPdfs('dialog');
            }}
          >
            {s.addPdfs}
          </button>
          <button onClick={() => void c.openDossier()}>{s.openDossier}</button>
        </div>
        {recent.length > 0 && (
          <div className="recent">
            <h2>{s.recent}</h2>
            <ul>{recent.map((r) => <li key={r.path}><button className="link" onClick={() => void c.openDossier(r.path)}>{r.title}</button> <span className="muted">{r.path}</span></li>)}</ul>
          </div>
        )}
      </div>
    </div>
  );
}
