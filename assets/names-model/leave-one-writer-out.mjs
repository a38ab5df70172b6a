// Leave-one-writer-out for the whole name pipeline (name.model + the rules): for each writer of the
// development material, train the tagger on the other writers (and the synthetic lines), build the
// command line with those weights and measure names on the held-out writer's split with
// scripts/eval.mjs. This is what the model will do on a blind split by a writer it never saw, which
// the model-alone cross-validation of train-names.mjs cannot show (the rules decide most names).
//
//   node assets/names-model/leave-one-writer-out.mjs [--writers own,fresh5] [--shipped]
//
// It overwrites shared/detect/nameModel.generated.ts and dist/ of the checkout it runs in: run it
// in a scratch worktree (`git worktree add --detach …`), never in one with work in progress.
// `--shipped` measures the committed weights instead (the "before" row of each writer).
// Only development splits are read (docs/eval.md); a blind split is never trained on or measured.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(path.dirname(here));
const say = (line) => process.stdout.write(`${line}\n`);
const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};

/** Writer → the train-names.mjs material of that writer and the eval corpora of it. */
const WRITERS = {
  own: { material: ['seen', 'train'], corpora: 'seen,train' },
  fresh: { material: ['fresh'], corpora: 'fresh' },
  fresh4: { material: ['fresh4'], corpora: 'fresh4' },
  fresh5: { material: ['fresh5'], corpora: 'fresh5' },
  fresh6: { material: ['fresh6'], corpora: 'fresh6' },
  fresh7: { material: ['fresh7'], corpora: 'fresh7' },
};
const ALL = ['seen', 'train', 'fresh', 'fresh4', 'fresh5', 'fresh6', 'fresh7', 'synthetic'];
const shipped = process.argv.includes('--shipped');
const writers = (arg('--writers') ?? Object.keys(WRITERS).join(',')).split(',');

const run = (argv, env = {}) => execFileSync(process.execPath, argv, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, ...env } });

if (shipped) run(['scripts/build-cli.mjs']);
say('writer    trained on                                        name R / P per corpus (model + rules)');
for (const writer of writers) {
  const w = WRITERS[writer];
  if (!w) throw new Error(`unknown writer ${writer}`);
  const trainOn = ALL.filter((n) => !w.material.includes(n));
  if (!shipped) {
    run(['assets/names-model/train-names.mjs', '--no-cv'], { TRAIN_ON: trainOn.join(',') });
    run(['scripts/build-cli.mjs']);
  }
  const report = JSON.parse(run(['scripts/eval.mjs', '--corpus', w.corpora, '--no-redact', '--json']));
  const f = (x) => (typeof x === 'number' ? x.toFixed(3) : '-');
  const rows = Object.entries(report.corpora).map(([k, c]) => `${k} ${f(c.categories?.name?.recall)} / ${f(c.categories?.name?.precision)}`);
  say(`${writer.padEnd(9)} ${(shipped ? 'the shipped weights' : trainOn.join(',')).padEnd(49)} ${rows.join('; ')}`);
}
