export * from './state';
export * from './actions';
export * from './store';
export * from './occurrences';
export * from './search';
export * from './dates';
export * from './progress';
export * from './json';
