// Being implemented (see the open issue for the `verify` command); until then it says so.
import { CliError, type Command } from '../util';

export const verifyCommand: Command = {
  name: 'verify',
  usage: 'lakstift verify …',
  async run() {
    throw new CliError('"verify" is not available in this build yet.', 2);
  },
};
