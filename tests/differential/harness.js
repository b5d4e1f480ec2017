// Serves every fixture under the directory given as first argument with Node and Express 5, on the port given as
// second argument. The request header x-fixture picks the fixture; it is removed before the function sees the request.
// Body parsing mirrors Invoke's documented behaviour: JSON, urlencoded (simple), text and raw bodies, {} when absent.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const express = require('express');
const cookieParser = require('cookie-parser');

const [root, port] = process.argv.slice(2);
const handlers = new Map();
for (const name of fs.readdirSync(root)) {
  const fn = require(path.resolve(root, name, 'index.js'));
  handlers.set(name, typeof fn === 'function' ? fn : fn.default);
}

const app = express();
app.disable('x-powered-by');
app.use(express.json(), express.urlencoded({ extended: false }), express.text(), express.raw({ type: (req) => Number(req.headers['content-length'] || 0) > 0 || 'transfer-encoding' in req.headers }));
app.use(cookieParser());
app.use(async (req, res, next) => {
  const handler = handlers.get(req.headers['x-fixture']);
  delete req.headers['x-fixture'];
  if (req.body === undefined) req.body = {};
  try {
    await handler(req, res, next);
  } catch (error) {
    next(error);
  }
});
const server = app.listen(Number(port), '127.0.0.1', () => process.stdout.write('listening\n'));
process.stdin.on('end', () => server.close());
process.stdin.resume();
