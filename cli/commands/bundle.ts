// Being implemented (see the open issue for the `bundle` command); until then it says so.
import { CliError, type Command } from '../util';

export const bundleCommand: Command = {
  name: 'bundle',
  usage: 'lakstift bundle …',
  async run() {
    throw new CliError('"bundle" is not available in this build yet.', 2);
  },
};
