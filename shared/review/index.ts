/** The legal reviewer's side of a dossier (issue #15): statuses, the list, the review export. */
export * from './status';
export * from './list';
