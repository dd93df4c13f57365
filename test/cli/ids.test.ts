import { parseIds } from '../../src/cli/filters.js';
import { UsageError } from '../../src/errors.js';

test('ids are whole numbers written in digits, with an optional "#"', () => {
  expect(parseIds(['12', '#7', '007'])).toEqual([12, 7, 7]);
});

test.each(['1e1', '0x5', '1.5', '3abc', '0', '-1', '', ' 4', '99999999999999999999'])(
  '"%s" is refused as an id',
  (arg) => {
    expect(() => parseIds([arg])).toThrow(UsageError);
    expect(() => parseIds([arg])).toThrow(`"${arg}" is not a mention id; ids are whole numbers`);
  },
);

test('no id at all is a usage error', () => {
  expect(() => parseIds([])).toThrow('give at least one mention id');
});
