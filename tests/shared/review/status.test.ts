import { describe, expect, it } from 'vitest';
import {
  acceptRedactions, approveRedactions, rejectRedactions, reviewDocument, sendBack, type ActionContext, type Dossier,
} from '../../../shared/dossier';
import { documentReviewState, reviewGapSentence, reviewSummary } from '../../../shared/review/status';
import { sampleDossier } from '../dossier/fixtures';

const officer: ActionContext = { by: 'a.officer', role: 'officer', at: '2024-03-03T09:00:00Z' };
const jurist: ActionContext = { by: 'J. Jurist', role: 'reviewer', at: '2024-03-04T10:00:00Z' };
const states = (d: Dossier) => d.documents.map((x) => documentReviewState(d, x));

describe('review statuses of documents', () => {
  it('follow the decisions: open while suggestions are undecided, final only when reviewed with everything approved', () => {
    let d = sampleDossier();
    expect(states(d)).toEqual(['open', 'open', 'to-review']);
    d = acceptRedactions(d, ['r1', 'r2', 'r3'], officer).dossier;
    expect(states(d)).toEqual(['to-review', 'to-review', 'to-review']);
    d = approveRedactions(d, ['r1', 'r2', 'r3'], jurist).dossier;
    // Everything approved is not yet final: the reviewer marks the document.
    expect(states(d)).toEqual(['to-review', 'to-review', 'to-review']);
    d = reviewDocument(d, 'd2', 'reviewed', '', jurist).dossier;
    d = reviewDocument(d, 'd3', 'reviewed', '', jurist).dossier;
    expect(states(d)).toEqual(['to-review', 'final', 'final']);
    d = sendBack(d, ['r3'], 'Grond klopt niet.', jurist).dossier;
    expect(states(d)).toEqual(['to-review', 'needs-work', 'final']);
    d = rejectRedactions(d, ['r3'], officer).dossier;
    expect(states(d)).toEqual(['to-review', 'to-review', 'final']);
  });

  it('a document the reviewer says needs work stays so until they mark it reviewed', () => {
    let d = acceptRedactions(sampleDossier(), ['r1', 'r2', 'r3'], officer).dossier;
    d = reviewDocument(d, 'd3', 'needs-work', 'Titel aanpassen.', jurist).dossier;
    expect(documentReviewState(d, d.documents[2])).toBe('needs-work');
    d = reviewDocument(d, 'd3', 'reviewed', '', jurist).dossier;
    expect(documentReviewState(d, d.documents[2])).toBe('final');
  });
});

describe('the review summary', () => {
  it('counts redactions and documents, names what is not final, and who approved', () => {
    let d = acceptRedactions(sampleDossier(), ['r1', 'r2', 'r3'], officer).dossier;
    d = approveRedactions(d, ['r1', 'r2'], jurist).dossier;
    d = sendBack(d, ['r3'], 'Nee.', jurist).dossier;
    const s = reviewSummary(d);
    expect(s.redactions).toEqual({ unreviewed: 1, approved: 2, 'sent-back': 1, resubmitted: 0 });
    expect(s.documents).toEqual({ 'needs-work': 1, open: 0, 'to-review': 2, final: 0 });
    expect(s.notFinal).toEqual(['0001', '0002', '0003']);
    expect(s.complete).toBe(false);
    expect(s.policy).toBe('warn');
    expect(s.reviewers).toEqual([{ by: 'J. Jurist', approved: 2, first: jurist.at, last: jurist.at }]);
    expect(reviewGapSentence(s)).toBe('1 redaction(s) are not approved, 1 redaction(s) are sent back to the officer, document(s) 0001, 0002, 0003 are not final');
  });
});
