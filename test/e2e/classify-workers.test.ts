import { runBin } from '../helpers/cli.js';

test('the built classify keeps input order across batches and worker threads, and splits no character', async () => {
  const lines = Array.from({ length: 5000 }, (_, i) => `ligne ${i}: ma commande n’est jamais arrivée 😡`);
  const r = await runBin(['classify'], { input: `${lines.join('\n')}\n` });
  expect(r.code).toBe(0);
  expect(r.stderr).toBe('');
  const texts = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l).text as string);
  expect(texts).toEqual(lines);
});
