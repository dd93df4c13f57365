import { runCli } from '../../src/cli/main.js';
import { createContext } from '../../src/cli/context.js';
import { captureStream } from '../helpers/cli.js';
import { ANY_ESCAPE } from '../output/fixtures.js';

// What a feed or an API may put in an error: an OSC hyperlink, a screen clear, a bare CR and line breaks.
const hostile = 'feed said \x1b]8;;http://evil\x07click\x1b]8;;\x07 \x1b[2J\rdone\nLine: 3\n';

test('errors and warnings reach stderr as one line without escape sequences', () => {
  const stderr = captureStream(true);
  const ctx = createContext({}, { env: {}, stderr });
  ctx.error(hostile);
  ctx.info(`warning: ${hostile}`);
  expect(stderr.text).toBe('mentions: feed said click done Line: 3\nwarning: feed said click done Line: 3\n');
});

test('a failing command prints its error sanitised, on one line', async () => {
  const stderr = captureStream(false);
  const code = await runCli(['show', `7\x1b]0;pwned\x07\n`], (g) =>
    createContext(g, { env: {}, stdout: captureStream(false), stderr }),
  );
  expect(code).toBe(2);
  expect(stderr.text).not.toMatch(ANY_ESCAPE);
  expect(stderr.text.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr.text).toMatch(/^mentions: .*7/);
});
