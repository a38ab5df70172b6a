import { describe, expect, it } from 'vitest';
import {
  acceptRedactions, approveRedactions, changeGrounds, commentOn, documentBlockers, rejectRedactions, reviewDocument,
  reviseGrounds, sendBack, setReviewSettings, unreview, type ActionContext, type Dossier,
} from '../../../shared/dossier';
import { sampleDossier } from './fixtures';

const officer: ActionContext = { by: 'a.officer', role: 'officer', at: '2024-03-03T09:00:00Z' };
const jurist: ActionContext = { by: 'J. Jurist', role: 'reviewer', at: '2024-03-04T10:00:00Z' };
const later = (c: ActionContext, min: number): ActionContext => ({ ...c, at: new Date(Date.parse(c.at) + min * 60_000).toISOString() });

/** The sample dossier with every suggestion accepted by the officer: r1, r2 (d1), r3 (d2), r4 (d1, manual by j.jurist). */
function decided(): Dossier {
  return acceptRedactions(sampleDossier(), ['r1', 'r2', 'r3'], officer).dossier;
}
const byId = (d: Dossier, id: string) => d.redactions.find((r) => r.id === id)!;

describe('the reviewer\'s verdicts', () => {
  it('approves redactions and records who, when and in which role', () => {
    const { dossier, entry } = approveRedactions(decided(), ['r1', 'r2'], jurist);
    expect(byId(dossier, 'r1').review).toEqual({ status: 'approved', by: 'J. Jurist', at: jurist.at });
    expect(byId(dossier, 'r3').review).toBeUndefined();
    expect(entry).toMatchObject({ action: 'approve', by: 'J. Jurist', role: 'reviewer', redactionIds: ['r1', 'r2'], documentId: 'd1' });
  });

  it('only in the reviewer role, and only with a name', () => {
    expect(() => approveRedactions(decided(), ['r1'], officer)).toThrow(/Only a legal reviewer can approve a redaction; set your role to reviewer/);
    expect(() => approveRedactions(decided(), ['r1'], { ...jurist, by: ' ' })).toThrow(/needs a name/);
    expect(() => reviewDocument(decided(), 'd1', 'reviewed', '', officer)).toThrow(/Only a legal reviewer/);
    expect(() => setReviewSettings(decided(), { allowSelfApproval: true }, officer)).toThrow(/Only a legal reviewer/);
  });

  it('refuses to approve what the reviewer decided themselves, unless the dossier allows it', () => {
    // r4 is a box j.jurist drew (as an officer would); approving it as the same person is four eyes with two.
    const self: ActionContext = { ...jurist, by: ' J.JURIST ' };
    expect(() => approveRedactions(decided(), ['r4'], self)).toThrow(/You decided redaction r4 in document 0001 yourself, so another reviewer must check it/);
    const allowed = setReviewSettings(decided(), { allowSelfApproval: true }, jurist).dossier;
    expect(byId(approveRedactions(allowed, ['r4'], self).dossier, 'r4').review?.status).toBe('approved');
    expect(allowed.audit.at(-1)).toMatchObject({ action: 'review-settings', detail: 'allowSelfApproval true', role: 'reviewer' });
  });

  it('refuses to approve a suggestion the officer has not decided', () => {
    expect(() => approveRedactions(sampleDossier(), ['r1'], jurist)).toThrow(/r1 in document 0001 is still a suggestion the officer has not decided/);
  });

  it('changing a ground approves with the new ground and keeps the officer\'s', () => {
    let d = reviseGrounds(decided(), ['r2'], ['10.2.g', '10.2.d'], jurist).dossier;
    expect(byId(d, 'r2').grounds).toEqual(['10.2.g', '10.2.d']);
    expect(byId(d, 'r2').review).toMatchObject({ status: 'approved', by: 'J. Jurist', groundsBefore: ['10.2.g'] });
    expect(d.audit.at(-1)).toMatchObject({ action: 'change-grounds', role: 'reviewer', detail: '10.2.g → 10.2.g;10.2.d' });
    // A second change still remembers what the officer chose.
    d = reviseGrounds(d, ['r2'], ['10.2.e'], later(jurist, 1)).dossier;
    expect(byId(d, 'r2').review?.groundsBefore).toEqual(['10.2.g']);
    expect(() => reviseGrounds(d, ['r2'], [' '], jurist)).toThrow(/at least one ground/);
  });

  it('sends back with a comment the officer reads; without a comment it refuses', () => {
    expect(() => sendBack(decided(), ['r1'], '  ', jurist)).toThrow(/Say why the redaction goes back/);
    const { dossier, entry } = sendBack(decided(), ['r1'], 'Minister, handelt in functie: niet lakken.', jurist);
    expect(byId(dossier, 'r1').review?.status).toBe('sent-back');
    expect(byId(dossier, 'r1').comments).toEqual([{ by: 'J. Jurist', role: 'reviewer', at: jurist.at, text: 'Minister, handelt in functie: niet lakken.' }]);
    expect(entry).toMatchObject({ action: 'send-back', comment: 'Minister, handelt in functie: niet lakken.', redactionIds: ['r1'] });
  });

  it('what the officer changes after the review goes back to the reviewer', () => {
    let d = approveRedactions(decided(), ['r1', 'r2', 'r3'], jurist).dossier;
    d = sendBack(d, ['r1'], 'Minister.', later(jurist, 1)).dossier;
    // The officer fixes the sent-back one and changes an approved one: both are resubmitted.
    d = rejectRedactions(d, ['r1'], later(officer, 2000)).dossier;
    d = changeGrounds(d, ['r3'], ['10.2.g'], later(officer, 2001)).dossier;
    expect(byId(d, 'r1')).toMatchObject({ status: 'rejected', review: { status: 'resubmitted', by: 'a.officer' } });
    expect(byId(d, 'r3').review?.status).toBe('resubmitted');
    expect(byId(d, 'r2').review?.status).toBe('approved');
    // The reviewer approves the rejection: the name stays readable, as they asked.
    d = approveRedactions(d, ['r1'], later(jurist, 3000)).dossier;
    expect(byId(d, 'r1').review?.status).toBe('approved');
  });

  it('an officer\'s reply to a sent-back redaction returns it to the reviewer; a reviewer\'s remark does not change its state', () => {
    let d = sendBack(decided(), ['r3'], 'Is dit een ambtenaar?', jurist).dossier;
    d = commentOn(d, 'r3', 'Ja, beleidsmedewerker; lakken blijft nodig.', officer).dossier;
    expect(byId(d, 'r3').review?.status).toBe('resubmitted');
    expect(byId(d, 'r3').comments?.map((c) => [c.role, c.text])).toEqual([
      ['reviewer', 'Is dit een ambtenaar?'], ['officer', 'Ja, beleidsmedewerker; lakken blijft nodig.'],
    ]);
    d = commentOn(d, 'r3', 'Akkoord.', jurist).dossier;
    expect(byId(d, 'r3').review?.status).toBe('resubmitted');
    expect(d.audit.at(-1)).toMatchObject({ action: 'comment', role: 'reviewer', comment: 'Akkoord.', documentId: 'd2' });
    expect(() => commentOn(d, 'r3', '', officer)).toThrow(/needs some text/);
  });

  it('takes a verdict back', () => {
    let d = approveRedactions(decided(), ['r1'], jurist).dossier;
    d = unreview(d, ['r1'], jurist).dossier;
    expect(byId(d, 'r1').review).toBeUndefined();
    expect(d.audit.at(-1)?.action).toBe('unreview');
  });
});

describe('reviewing a document', () => {
  it('is possible only when every decision in it is approved, and says what is left', () => {
    const d = decided();
    expect(documentBlockers(d, 'd1')).toEqual({ undecided: 0, unapproved: 3, sentBack: 0 });
    expect(() => reviewDocument(d, 'd1', 'reviewed', '', jurist)).toThrow(/Document 0001 cannot be marked reviewed yet: 3 redaction\(s\) are not approved; approve them or send the document back\./);
    expect(() => reviewDocument(sampleDossier(), 'd2', 'reviewed', '', jurist)).toThrow(/1 suggestion\(s\) are still undecided/);
    const ok = reviewDocument(approveRedactions(d, ['r3'], jurist).dossier, 'd2', 'reviewed', '', jurist).dossier;
    expect(ok.documents[1].review).toEqual({ status: 'reviewed', by: 'J. Jurist', at: jurist.at });
    // A document without redactions (openbaar) can be reviewed at once.
    expect(reviewDocument(d, 'd3', 'reviewed', '', jurist).dossier.documents[2].review?.status).toBe('reviewed');
  });

  it('needs a comment to say a document needs work', () => {
    expect(() => reviewDocument(decided(), 'd3', 'needs-work', '', jurist)).toThrow(/Say what document 0003 needs/);
    const d = reviewDocument(decided(), 'd3', 'needs-work', 'Datum ontbreekt.', jurist).dossier;
    expect(d.documents[2].review).toMatchObject({ status: 'needs-work', comment: 'Datum ontbreekt.' });
    expect(d.audit.at(-1)).toMatchObject({ action: 'review-document', detail: 'needs-work', comment: 'Datum ontbreekt.' });
  });

  it('a reviewed document stops being reviewed when a decision in it changes', () => {
    let d = reviewDocument(approveRedactions(decided(), ['r3'], jurist).dossier, 'd2', 'reviewed', '', jurist).dossier;
    d = changeGrounds(d, ['r3'], ['10.2.g'], officer).dossier;
    expect(d.documents[1].review).toBeUndefined();
  });
});

