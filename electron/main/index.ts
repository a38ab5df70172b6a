// Entry of the main process bundle (dist/electron/main.cjs). The only file that imports
// `electron` for real; everything else receives it, so Node tests can load it.
import path from 'node:path';
import * as electron from 'electron';
import { startApp } from './app';

startApp(electron, {
  electronDir: __dirname,
  rendererDir: path.join(__dirname, '..', 'renderer'),
});
