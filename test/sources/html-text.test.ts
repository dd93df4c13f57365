import { collapseWhitespace, decodeEntities, htmlToText } from '../../src/sources/html-text.js';

describe('decodeEntities', () => {
  test.each([
    ['AT&amp;T', 'AT&T'],
    ['&lt;b&gt;', '<b>'],
    ['it&#39;s &#x27;quoted&#X27;', "it's 'quoted'"],
    ['a&nbsp;b', 'a\u00a0b'],
    ['&hellip; &mdash; &rsquo; &eacute;', '\u2026 \u2014 \u2019 \u00e9'],
    // HTML maps 128–159 to Windows-1252: &#146; is a right single quote.
    ['don&#146;t', 'don\u2019t'],
    ['&#0; &#xD800; &#1114112;', '\ufffd \ufffd \ufffd'],
    ['&#128512;', '\u{1F600}'],
    ['&unknown; & bare &amp', '&unknown; & bare &amp'],
  ])('%s', (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });
});

describe('htmlToText', () => {
  test.each([
    ['Automotive <b>Slack</b> Market', 'Automotive Slack Market'],
    ['<p>one</p><p>two</p>', 'one two'],
    ['line<br/>break', 'line break'],
    ['<b>Sl</b>ack', 'Slack'],
    ['<details><summary>Spoiler</summary>Acme broke again</details>', 'Spoiler Acme broke again'],
    ['<figure><img src="x"><figcaption>Acme</figcaption></figure>down', 'Acme down'],
    ['senior&nbsp;...', 'senior ...'],
    ['Company&#39;s decision', "Company's decision"],
    // Escaped markup is text the author meant to show: decoded, not stripped.
    ['use &lt;b&gt; for bold', 'use <b> for bold'],
    ['I <3 Acme, a < b', 'I <3 Acme, a < b'],
    ['<!-- SC_OFF --><div class="md"><p>Hi</p></div><!-- SC_ON -->', 'Hi'],
    ['<script>alert(1)</script>visible<style>p{}</style>', 'visible'],
    ['  spaced \n\t out  ', 'spaced out'],
    ['<a href="https://x.test/?a=1&amp;b=2">link</a>', 'link'],
    ['', ''],
  ])('%s', (input, expected) => {
    expect(htmlToText(input)).toBe(expected);
  });
});

test('collapseWhitespace folds no-break and zero-width spaces', () => {
  expect(collapseWhitespace('\u00a0a\u200b\u200b b\n')).toBe('a b');
});
