/** Inventory derivation and the exports of a dossier (CSV, XLSX tables, JSON, PDF, bundle). */
export * from './grounds';
export * from './inventory';
export * from './csv';
export * from './pdfReport';
export * from './stamp';
export * from './overwegingen';
export * from './redactionLog';
export * from './consistency';
export * from './bundle';
export * from './xlsx';
export * from './platform';
export * from './diwoo';
