/**
 * Runs named actions against the app state and keeps the undo history. Only the dossier is
 * remembered (the officer's focus is not "work"), and the history is bounded so that a day
 * of review does not hold thousands of dossier copies; the copies share unchanged arrays.
 *
 * Undo and redo restore the decisions but never the audit log: the log only grows (it is a
 * hash chain, shared/dossier/audit.ts), and an undo is itself an entry saying who took back
 * which action, so the trail shows every step.
 */
import type { ActionContext, AuditEntry, Dossier } from '../dossier';
import { commit } from '../dossier/actions';
import { actions, type ActionName, type AppAction, type PayloadOfAction } from './actions';
import type { AppState } from './state';

const MAX_HISTORY = 200;

/** A dossier in the history, and the audit entries of the action that leads away from it. */
interface Step {
  dossier: Dossier;
  entries: AuditEntry[];
}

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
      this.past.push({ dossier: before.dossier, entries: after.dossier.audit.slice(before.dossier.audit.length) });
      if (this.past.length > MAX_HISTORY) this.past.shift();
      this.future = [];
    }
    this.set(after);
    return after;
  }

  undo(): boolean {
    const prev = this.past.pop();
    if (!prev) return false;
    this.future.push({ dossier: this.current.dossier, entries: prev.entries });
    this.set(this.restore(this.logged(prev.dossier, 'undo', prev.entries)));
    return true;
  }

  redo(): boolean {
    const next = this.future.pop();
    if (!next) return false;
    this.past.push({ dossier: this.current.dossier, entries: next.entries });
    this.set(this.restore(this.logged(next.dossier, 'redo', next.entries)));
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

  private restore(dossier: Dossier): AppState {
    const s = this.current;
    const focusOk = s.focusId !== null && dossier.redactions.some((r) => r.id === s.focusId);
    const docOk = s.documentId !== null && dossier.documents.some((d) => d.id === s.documentId);
    return { ...s, dossier, focusId: focusOk ? s.focusId : null, documentId: docOk ? s.documentId : null };
  }

  private set(s: AppState): void {
    this.current = s;
    for (const l of this.listeners) l();
  }
}
