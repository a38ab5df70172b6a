import { describe, expect, it } from 'vitest';
import {
  acceptRedactions, approveRedactions, moveRedaction, removeRedactions, reviewDocument, type ActionContext, type Dossier,
} from '../../../shared/dossier';
import { sampleDossier } from './fixtures';

const officer: ActionContext = { by: 'a.officer', role: 'officer', at: '2024-03-03T09:00:00Z' };
const jurist: ActionContext = { by: 'J. Jurist', role: 'reviewer', at: '2024-03-04T10:00:00Z' };
const after: ActionContext = { ...officer, at: '2024-03-05T08:00:00Z' };

/** Document d1 (r1, r2 accepted; r4 a box drawn by hand) approved item by item and marked reviewed. */
function reviewed(): Dossier {
  let d = acceptRedactions(sampleDossier(), ['r1', 'r2', 'r3'], officer).dossier;
  d = approveRedactions(d, ['r1', 'r2', 'r4'], jurist).dossier;
  return reviewDocument(d, 'd1', 'reviewed', '', jurist).dossier;
}
const byId = (d: Dossier, id: string) => d.redactions.find((r) => r.id === id)!;

describe('box edits after the legal review (issues #14 and #15)', () => {
  it('a moved box the reviewer approved goes back to the reviewer, and its document is no longer reviewed', () => {
    const d0 = reviewed();
    expect(d0.documents.find((x) => x.id === 'd1')?.review?.status).toBe('reviewed');
    const { dossier, entry } = moveRedaction(d0, 'r4', [[80, 200, 190, 214]], after);
    expect(byId(dossier, 'r4').rects).toEqual([[80, 200, 190, 214]]);
    expect(byId(dossier, 'r4').review).toEqual({ status: 'resubmitted', by: 'a.officer', at: after.at });
    expect(byId(dossier, 'r1').review?.status).toBe('approved');
    expect(dossier.documents.find((x) => x.id === 'd1')?.review).toBeUndefined();
    expect(entry).toMatchObject({ action: 'edit-redaction', by: 'a.officer', role: 'officer', redactionIds: ['r4'], documentId: 'd1' });
  });

  it('removing a box from a reviewed document withdraws the "reviewed" mark', () => {
    const { dossier, entry } = removeRedactions(reviewed(), ['r4'], after);
    expect(dossier.redactions.some((r) => r.id === 'r4')).toBe(false);
    expect(dossier.documents.find((x) => x.id === 'd1')?.review).toBeUndefined();
    expect(entry).toMatchObject({ action: 'remove-redaction', role: 'officer', redactionIds: ['r4'], documentId: 'd1' });
  });
});
