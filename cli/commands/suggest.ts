// Being implemented (see the open issue for the `suggest` command); until then it says so.
import { CliError, type Command } from '../util';

export const suggestCommand: Command = {
  name: 'suggest',
  usage: 'lakstift suggest …',
  async run() {
    throw new CliError('"suggest" is not available in this build yet.', 2);
  },
};
