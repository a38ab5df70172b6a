/**
 * Runs named actions against the app state and keeps the undo history. Only the dossier is
 * remembered (the officer's focus is not "work"), and the history is bounded so that a day
 * of review does not hold thousands of dossier copies; the copies share unchanged arrays.
 *
 * Undo and redo restore the decisions but never the audit log: the log only grows (it is a
 * hash chain, shared/dossier/audit.ts), and an undo is itself an entry saying who took back
 * which action, so the trail shows every step.
 */
import type { ActionContext, AuditEntry, Dossier, Redaction } from '../dossier';
import { commit } from '../dossier/actions';
import { changedPlaces, indexOfRedaction, replaceAt } from '../dossier/delta';
import { actions, type ActionName, type AppAction, type PayloadOfAction } from './actions';
import type { AppState } from './state';

const MAX_HISTORY = 200;

/**
 * A dossier in the history, and the audit entries of the action that leads away from it. When
 * that action only replaced some redactions (a decision), the step keeps those items and their
 * places instead of a list of every redaction (`patch`; its `dossier.redactions` is then empty):
 * 200 copies of a 10,000-item list kept the garbage collector busy during a review (issue #14).
 * A patch is relative to the dossier that follows the step (the next step's, or the current one).
 */
interface Step {
  dossier: Dossier;
  entries: AuditEntry[];
  patch?: { places: number[]; items: Redaction[] };
}

const NONE: readonly Redaction[] = [];

export class AppStore {
  private past: Step[] = [];
  private future: Step[] = [];
  private listeners = new Set<() => void>();

  constructor(
    private current: AppState,
    private readonly context: () => ActionContext,
  ) {}

  get state(): AppState {
    return this.current;
  }
  get canUndo(): boolean {
    return this.past.length > 0;
  }
  get canRedo(): boolean {
    return this.future.length > 0;
  }

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Runs an action by name. Errors of the dossier functions (bad grounds…) propagate as they are. */
  perform<N extends ActionName>(name: N, ...payload: PayloadOfAction<N> extends void ? [] | [PayloadOfAction<N>] : [PayloadOfAction<N>]): AppState {
    const action = actions[name] as unknown as AppAction<unknown>;
    const before = this.current;
    const after = action.perform(before, payload[0], this.context());
    if (after === before) return before;
    if (action.history === 'capture' && after.dossier !== before.dossier) {
      this.past.push(step(before.dossier, after.dossier, after.dossier.audit.slice(before.dossier.audit.length)));
      if (this.past.length > MAX_HISTORY) this.past.shift();
      this.future = [];
    }
    this.set(after);
    return after;
  }

  undo(): boolean {
    const prev = this.past.pop();
    if (!prev) return false;
    const target = this.materialise(prev);
    this.future.push(step(this.current.dossier, target, prev.entries));
    this.set(this.restore(this.logged(target, 'undo', prev.entries)));
    return true;
  }

  redo(): boolean {
    const next = this.future.pop();
    if (!next) return false;
    const target = this.materialise(next);
    this.past.push(step(this.current.dossier, target, next.entries));
    this.set(this.restore(this.logged(target, 'redo', next.entries)));
    return true;
  }

  /** `target`'s decisions with the current audit log and an entry for the undo or redo. */
  private logged(target: Dossier, action: 'undo' | 'redo', entries: readonly AuditEntry[]): Dossier {
    const ids = [...new Set(entries.flatMap((e) => e.redactionIds ?? []))];
    const docs = [...new Set(entries.flatMap((e) => (e.documentId ? [e.documentId] : [])))];
    return commit({ ...target, audit: this.current.dossier.audit }, this.context(), action, {}, {
      ...(docs.length === 1 ? { documentId: docs[0] } : {}),
      ...(ids.length ? { redactionIds: ids } : {}),
      detail: entries.map((e) => e.action).join(', ') || 'nothing',
    }).dossier;
  }

  /**
   * Replaces the dossier from outside the review (documents added, suggestions arrived, a
   * dossier opened). That is not a review step, so it clears the history rather than letting
   * undo remove a document.
   */
  replaceDossier(dossier: Dossier, patch: Partial<AppState> = {}): void {
    this.past = [];
    this.future = [];
    this.set({ ...this.current, ...patch, dossier });
  }

  /** A step's dossier, its redactions made again from the current ones when it keeps only a patch. */
  private materialise(st: Step): Dossier {
    if (!st.patch) return st.dossier;
    return { ...st.dossier, redactions: replaceAt(this.current.dossier.redactions, st.patch.places, st.patch.items) };
  }

  private restore(dossier: Dossier): AppState {
    const s = this.current;
    const focusOk = s.focusId !== null && indexOfRedaction(dossier.redactions, s.focusId) >= 0;
    const docOk = s.documentId !== null && dossier.documents.some((d) => d.id === s.documentId);
    return { ...s, dossier, focusId: focusOk ? s.focusId : null, documentId: docOk ? s.documentId : null };
  }

  private set(s: AppState): void {
    this.current = s;
    for (const l of this.listeners) l();
  }
}

/**
 * The history step for `from` when the dossier goes on to `to`: with only the redactions that
 * differ (and their places) when `to`'s list was made from `from`'s by replacing items, or the
 * whole dossier otherwise.
 */
function step(from: Dossier, to: Dossier, entries: AuditEntry[]): Step {
  const places = changedPlaces(to.redactions, from.redactions);
  if (!places || places.length > from.redactions.length / 4) return { dossier: from, entries };
  return { dossier: { ...from, redactions: NONE as Redaction[] }, entries, patch: { places, items: places.map((i) => from.redactions[i]) } };
}
