/** The dossier sidebar: every document with number, title, status, counts per category and beoordeling. */
import { memo } from 'react';
import { CATEGORY_COLOURS, CATEGORY_ORDER, summarise } from '../../../shared/app';
import { useControllerMethods, useSelect } from '../useController';
import { useI18n } from '../i18n';
import { DocumentActions } from './DocumentActions';
import { DocReviewBadge } from '../review/ReviewerView';

function SidebarColumn() {
  const c = useControllerMethods();
  const { t, s } = useI18n();
  // The dossier, the document shown and each document's reading state; not the focus.
  // Values side by side (compared one by one): no text built for every change anywhere (a key press).
  useSelect((x) => {
    const v: unknown[] = [x.state.dossier, x.state.documentId];
    for (const [id, rt] of x.docs) v.push(id, rt.status, rt.progress?.done, rt.progress?.total, rt.progress?.ocr);
    return v;
  });
  const d = c.state.dossier;
  return (
    <nav className="sidebar" data-testid="sidebar" aria-label={s.documents}>
      <h2>{s.documents} <span className="muted">({d.documents.length})</span></h2>
      {d.documents.length === 0 && <p className="muted pad">{s.noDocuments}</p>}
      <ul>
        {d.documents.map((doc) => {
          const sum = summarise(d, doc);
          const rt = c.docs.get(doc.id);
          const status = rt?.status === 'analysing' ? t(rt.progress?.ocr ? 'ocrReading' : 'analysing', { done: rt.progress?.done ?? 0, total: rt.progress?.total ?? doc.pageCount })
            : rt?.status === 'error' ? s.analysisFailed
              : sum.status === 'te beoordelen' ? s.statusToReview : sum.status === 'beoordeeld' ? s.statusDone : s.statusNew;
          return (
            <li key={doc.id}>
              <button
                className={`doc ${c.state.documentId === doc.id ? 'current' : ''}`}
                onClick={() => c.perform('selectDocument', { documentId: doc.id })}
                data-testid="document"
                aria-current={c.state.documentId === doc.id}
              >
                <div className="doc-line">
                  <span className="doc-number">{doc.number}</span>
                  <span className="doc-title" title={doc.title}>{doc.title}</span>
                </div>
                <div className="doc-line small">
                  <span className={`status ${rt?.status === 'error' ? 'error' : sum.status.replace(' ', '-')}`}>{status}</span>
                  <span className="muted">{t('pages', { n: doc.pageCount })}</span>
                  <span className="spacer" />
                  <span className={`beoordeling b-${sum.beoordeling.replace(' ', '-')}`}>{s.beoordelingen[sum.beoordeling]}</span>
                </div>
                <div className="doc-line small"><DocReviewBadge doc={doc} marked /></div>
                <div className="chips">
                  {CATEGORY_ORDER.filter((cat) => sum.byCategory[cat]).map((cat) => {
                    const n = sum.byCategory[cat]!;
                    return (
                      <span key={cat} className="chip" style={{ ['--c' as string]: CATEGORY_COLOURS[cat] }} title={s.categories[cat]}>
                        {s.categories[cat]} {n.accepted}/{n.accepted + n.proposed + n.rejected}
                      </span>
                    );
                  })}
                </div>
              </button>
              <DocumentActions doc={doc} />
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** Drawn again only for what it subscribes to, not whenever the shell around it is (issue #14). */
export const Sidebar = memo(SidebarColumn);
