import { describe, expect, it } from 'vitest';
import { AppStore, documentState, recountSummaries, reviewOrder, summarise, type AppState } from '../../../shared/app';
import { addDocument, addSuggestions, changedPlaces, createDossier, indexOfRedaction, MAX_STEPS, replaceAt, type Dossier, type Redaction } from '../../../shared/dossier';
import { documentReviewState } from '../../../shared/review/status';
import { approveRedactions, reviewDocument, sendBack } from '../../../shared/dossier/review';

const officer = { by: 'officer', role: 'officer' as const, at: '2026-03-01T09:00:00.000Z' };
const reviewer = { by: 'jurist', role: 'reviewer' as const, at: '2026-03-02T09:00:00.000Z' };

/** Two documents with names, e-mail addresses and phone numbers on several pages. */
function dossier(n: number): Dossier {
  let d = createDossier({ id: 'x', title: 'Verzoek', law: 'woo', caseNumber: 'Woo-2026/1' }, officer).dossier;
  for (const doc of ['a', 'b']) d = addDocument(d, { path: `/${doc}.pdf`, sha256: doc.repeat(64), title: doc, pageCount: 12, date: '2026-01-05' }, officer).dossier;
  const cats = ['name', 'email', 'phone'] as const;
  for (const [k, id] of ['d1', 'd2'].entries()) {
    d = addSuggestions(d, id, Array.from({ length: n }, (_, i) => ({
      id: `s${k}-${i}`, page: 1 + (i % 12), category: cats[(i + k) % 3], text: `t${i}`, grounds: [i % 5 === 0 ? '5.1.2i' : '5.1.2e'], confidence: 0.9, reason: 'r',
      rects: [[72, 100 + (i % 30) * 15, 130, 110 + (i % 30) * 15] as [number, number, number, number]],
    })), officer).dossier;
  }
  return d;
}

/** The same dossier with new lists: nothing recorded about how they were made, so every count starts from scratch. */
const fresh = (d: Dossier): Dossier => structuredClone(d);

function random(seed: number) {
  let x = seed;
  return (n: number) => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x % n;
  };
}

/** Page, then top to bottom, then left to right: the order keyboard review walks. */
const sorted = (d: Dossier, documentId: string) => d.redactions.filter((r) => r.documentId === documentId)
  .sort((a, b) => a.page - b.page || a.rects[0][1] - b.rects[0][1] || a.rects[0][0] - b.rects[0][0]);

function expectSameAsRecount(s: AppState) {
  const d = s.dossier;
  // Counted from scratch on a copy, without touching what is kept for `d`'s lineage.
  const recounted = recountSummaries(fresh(d));
  for (const doc of d.documents) {
    const kept = summarise(d, doc);
    const recount = recounted.get(doc.id)!;
    expect({ ...kept, grounds: [...kept.grounds] }).toEqual({ ...recount, grounds: [...recount.grounds] });
    expect(documentState(d, doc)).toBe(documentReviewState(d, doc));
    expect(reviewOrder(d, doc.id).map((r) => [r.id, r.status])).toEqual(sorted(d, doc.id).map((r) => [r.id, r.status]));
    expect(reviewOrder(d, doc.id).every((r) => d.redactions[indexOfRedaction(d.redactions, r.id)] === r)).toBe(true);
  }
}

describe('counts, order and history kept across decisions (issue #14, key press at 10,000 suggestions)', () => {
  it('stay equal to a full recount after any sequence of decisions, undo and redo included', () => {
    for (const seed of [1, 7, 42]) {
      const s = new AppStore({ dossier: dossier(60), documentId: 'd1', focusId: null, view: 'review' }, () => officer);
      const rnd = random(seed);
      const snapshots: string[] = [JSON.stringify(s.state.dossier.redactions)];
      s.perform('next');
      for (let k = 0; k < 120; k++) {
        const op = rnd(10);
        if (op < 2) s.perform('next');
        else if (op < 4) s.perform('accept');
        else if (op === 4) s.perform('reject');
        else if (op === 5) s.perform('reopen');
        else if (op === 6) s.perform('selectDocument', { documentId: rnd(2) ? 'd1' : 'd2' });
        else if (op === 7) s.undo();
        else if (op === 8) s.redo();
        else if (s.state.focusId) {
          // Now and then a change that is not a replacement: a box moved, a whole category decided.
          if (rnd(2)) s.perform('moveBox', { id: s.state.focusId, rects: [[60 + rnd(20), 80 + rnd(300), 140, 90 + rnd(300)]] });
          else s.perform('acceptCategory', { category: (['name', 'email', 'phone'] as const)[rnd(3)] });
        }
        expectSameAsRecount(s.state);
        snapshots.push(JSON.stringify(s.state.dossier.redactions));
      }
      // Undo all the way back gives the decisions as they were at the start, item for item.
      while (s.undo()) expectSameAsRecount(s.state);
      expect(JSON.stringify(s.state.dossier.redactions)).toBe(snapshots[0]);
      while (s.redo()) expectSameAsRecount(s.state);
    }
  });

  it('undo and redo of a decision keep only the changed items, and give back the very decisions', () => {
    const s = new AppStore({ dossier: dossier(200), documentId: 'd1', focusId: null, view: 'review' }, () => officer);
    s.perform('next');
    const states: string[] = [];
    for (let k = 0; k < 30; k++) {
      states.push(JSON.stringify(s.state.dossier.redactions));
      s.perform(k % 3 === 2 ? 'reject' : 'accept');
    }
    const history = (s as unknown as { past: { dossier: Dossier; patch?: { places: number[] } }[] }).past;
    expect(history).toHaveLength(30);
    // Each step holds the one item it changed, not a list of 400.
    expect(history.every((h) => h.patch?.places.length === 1 && h.dossier.redactions.length === 0)).toBe(true);
    for (let k = 29; k >= 0; k--) {
      s.undo();
      expect(JSON.stringify(s.state.dossier.redactions)).toBe(states[k]);
    }
    for (let k = 1; k < 30; k++) {
      s.redo();
      expect(JSON.stringify(s.state.dossier.redactions)).toBe(states[k]);
    }
  });

  it('the review badge follows the reviewer: sent back, approved, reviewed', () => {
    let d = dossier(6);
    const ids = d.redactions.filter((r) => r.documentId === 'd1').map((r) => r.id);
    const s = new AppStore({ dossier: d, documentId: 'd1', focusId: ids[0], view: 'review' }, () => officer);
    for (const id of ids) s.perform('accept', { ids: [id] });
    d = s.state.dossier;
    expect(documentState(d, d.documents[0])).toBe('to-review');
    d = sendBack(d, [ids[1]], 'Waarom?', reviewer).dossier;
    expect(documentState(d, d.documents[0])).toBe(documentReviewState(d, d.documents[0]));
    expect(documentState(d, d.documents[0])).toBe('needs-work');
    d = approveRedactions(d, ids, reviewer).dossier;
    d = reviewDocument(d, 'd1', 'reviewed', '', reviewer).dossier;
    expect(documentState(d, d.documents[0])).toBe('final');
  });
});

describe('the record of replaced places (shared/dossier/delta.ts)', () => {
  it('names the places a decision replaced, either way, and nothing for unrelated lists', () => {
    const d = dossier(10);
    const list = d.redactions;
    const a = replaceAt(list, [3, 7], [{ ...list[3], status: 'accepted' }, { ...list[7], status: 'rejected' }]);
    const b = replaceAt(a, [5], [{ ...a[5], status: 'accepted' }]);
    expect(changedPlaces(b, list)).toEqual([3, 5, 7]);
    expect(changedPlaces(list, b)).toEqual([3, 5, 7]);
    expect(changedPlaces(b, b)).toEqual([]);
    expect(changedPlaces(b, list.slice())).toBeNull();
    expect(indexOfRedaction(b, list[7].id)).toBe(7);
    expect(indexOfRedaction(b, 'nope')).toBe(-1);
    expect(() => replaceAt(list, [2], [list[3]])).toThrow();
  });

  it('keeps a bounded chain: a list many decisions back is no longer linked (so old lists can be freed)', () => {
    const d = dossier(10);
    let list: readonly Redaction[] = d.redactions;
    const lists = [list];
    for (let k = 0; k < MAX_STEPS + 5; k++) {
      list = replaceAt(list, [k % list.length], [{ ...list[k % list.length], status: k % 2 ? 'accepted' : 'rejected' }]);
      lists.push(list);
    }
    expect(changedPlaces(list, lists[lists.length - 1 - (MAX_STEPS - 1)])).not.toBeNull();
    expect(changedPlaces(list, lists[lists.length - 1 - (MAX_STEPS + 2)])).toBeNull();
    expect(changedPlaces(list, lists[0])).toBeNull();
  });
});
