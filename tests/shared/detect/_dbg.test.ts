import { it } from 'vitest';
import { run } from './helpers';
import { columnView } from '../../../shared/detect/columns';
import { pageTextFromString } from '../../helpers/pdftotext-pagetext';
it('dbg', () => {
  const t = 'Mogelijke vragen:\n- Waar bent u geboren?\n- Wie betaalde uw reis?\n- Hoe bent u in Nederland aangekomen?';
  console.log(JSON.stringify(columnView(pageTextFromString(t)).text));
  console.log(JSON.stringify(run(t).suggestions.map((s) => [s.text, s.reason])));
});
