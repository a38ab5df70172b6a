// Being implemented (see the open issue for the `text` command); until then it says so.
import { CliError, type Command } from '../util';

export const textCommand: Command = {
  name: 'text',
  usage: 'lakstift text …',
  async run() {
    throw new CliError('"text" is not available in this build yet.', 2);
  },
};
