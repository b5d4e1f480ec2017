// Reads [{pattern, path}] as JSON on stdin and prints, for each, what the original gateway's matcher gives:
// path-to-regexp 6 match(pattern, {decode: decodeURIComponent, end: false}).
'use strict';
const { match } = require('path-to-regexp-6');

let input = '';
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const results = JSON.parse(input).map(({ pattern, path }) => {
    let matcher;
    try {
      matcher = match(pattern, { decode: decodeURIComponent, end: false });
    } catch (error) {
      return { error: error.message };
    }
    try {
      const result = matcher(path);
      if (!result) {
        return { matched: false };
      }
      const params = Object.entries(result.params).map(([name, value]) => [name, String(value)]);
      return { matched: true, length: result.path.length, params };
    } catch (error) {
      return { malformed: true };
    }
  });
  process.stdout.write(JSON.stringify(results));
});
