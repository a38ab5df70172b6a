/** Suggestions: the detector registry and `suggestDocument` (issue #4). */
export { suggestDocument, suggestDossier, suggestionId, type DossierDocument, type SuggestOptions, type SuggestResult } from './suggest';
export { DETECTORS } from './registry';
export type { Candidate, Detector, DetectContext, DetectOptions, KnownName } from './types';
export { isValidBsn, isValidIban } from './detectors/ids';
export { nationalDigits, phoneKind } from './detectors/phone';
export { guidanceScore } from './detectors/guidance';
