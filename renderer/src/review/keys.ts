/**
 * The reviewer's keyboard (issue #15), like the officer's: every verdict is one key on the
 * focused item, and the focus moves on to the next item that needs one.
 */
import type { ReviewStateFilter } from '../../../shared/review/list';
import type { Controller } from '../controller';
import { reviewUi } from './ui';

type Key = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

const VIEWS = ['review', 'inventory', 'reviewer'] as const;

/**
 * Keys that work in every view: Ctrl+, settings; Ctrl+1/2/3 the officer's review, the
 * inventory, the reviewer's list; and in the officer's review, c to reply to the reviewer on
 * the focused item.
 */
export function globalReviewKey(c: Controller, e: Key): boolean {
  const mod = e.ctrlKey || e.metaKey;
  if (!mod && !e.altKey && e.key === 'c' && c.state.view === 'review' && c.state.focusId) {
    reviewUi(c).open({ kind: 'comment', id: c.state.focusId });
    return true;
  }
  if (!mod || e.altKey) return false;
  if (e.key === ',') {
    reviewUi(c).openSettings();
    return true;
  }
  const n = Number(e.key);
  if (c.hasDossier && n >= 1 && n <= 3 && !e.shiftKey) {
    c.perform('setView', { view: VIEWS[n - 1] });
    return true;
  }
  return false;
}

const STATE_KEYS: Record<string, ReviewStateFilter> = { 1: 'all', 2: 'open', 3: 'sent-back', 4: 'approved' };

/**
 * The keys of the reviewer's list. Returns true when the key was the reviewer's; keys it
 * does not know (zoom, tools, Ctrl shortcuts) go to the officer's handler.
 */
export function reviewerKey(c: Controller, e: Key, fallback: () => boolean): boolean {
  // The reviewer judges boxes, she does not move, resize or delete them (a moved box would be
  // resubmitted to herself): Alt+arrows and Delete are swallowed, like the decision keys.
  if (e.altKey && e.key.startsWith('Arrow')) return true;
  if (e.ctrlKey || e.metaKey || e.altKey) return fallback();
  const ui = reviewUi(c);
  const focus = c.state.focusId;
  switch (e.key) {
    case 'j': case 'ArrowDown': c.perform('reviewNext'); return true;
    case 'k': case 'ArrowUp': c.perform('reviewPrevious'); return true;
    case 'a': ui.approve(); return true;
    case 'g': c.openGroundsPicker(); return true;
    case 's': if (focus) ui.open({ kind: 'send-back', ids: [focus] }); return true;
    case 'c': if (focus) ui.open({ kind: 'comment', id: focus }); return true;
    case 'u': ui.run('unreview'); return true;
    case 'd': ui.markReviewed(); return true;
    case 'D': if (c.state.documentId) ui.open({ kind: 'needs-work', documentId: c.state.documentId }); return true;
    case 'Enter':
      // Back to the place on the page (after scrolling away): the viewer follows a change of focus.
      c.perform('focus', { id: null });
      c.perform('reviewFocus', { id: focus });
      return true;
    case '1': case '2': case '3': case '4':
      c.perform('setReviewFilter', { filter: { ...c.state.reviewFilter, state: STATE_KEYS[e.key] } });
      return true;
    // The officer's decision keys mean nothing here; swallow them rather than accept or reject by accident.
    case 'r': case 'A': case 'Delete': case 'Backspace': case 'b': case 't': return true;
    default: return fallback();
  }
}
