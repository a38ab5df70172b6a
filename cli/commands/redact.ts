// Being implemented (see the open issue for the `redact` command); until then it says so.
import { CliError, type Command } from '../util';

export const redactCommand: Command = {
  name: 'redact',
  usage: 'lakstift redact …',
  async run() {
    throw new CliError('"redact" is not available in this build yet.', 2);
  },
};
