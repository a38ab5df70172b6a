/** The dossier model: types, project-file schema and the pure decision functions. */
export * from './types';
export * from './schema';
export * from './actions';
export * from './metadata';
export * from './intake';
export * from './law';
export * from './copies';
export * from './groups';
export * from './boxes';
export * from './review';
export * from './audit';
export * from './import';
export * from './delta';
