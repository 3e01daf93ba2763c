// Sloop's Node.js runtime: a Lambda Runtime API client, as AWS's is.
//
// It loads the handler named by _HANDLER ("file.function", the file being
// file.js, file.mjs or file.cjs under LAMBDA_TASK_ROOT; CommonJS and ES
// modules alike), then loops: GET .../invocation/next, call
// handler(event, context[, callback]) (async, a promise, or the callback
// form), POST the result to .../response or the error (errorType,
// errorMessage, trace) to .../error. console.* lines carry the timestamp,
// the request id and the level, as on Lambda. Errors while loading go to
// .../init/error as Runtime.ImportModuleError, Runtime.HandlerNotFound,
// Runtime.UserCodeSyntaxError or Runtime.MalformedHandlerName.
// Node's standard library only.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import util from 'node:util';

const [apiHost, apiPort] = process.env.AWS_LAMBDA_RUNTIME_API.split(':');
const API = '/2018-06-01/runtime';
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function request(method, urlPath, body, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: apiHost, port: Number(apiPort), method, path: API + urlPath, agent, headers },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

function post(urlPath, value, errorType) {
  const body = Buffer.from(JSON.stringify(value === undefined ? null : value));
  const headers = { 'Content-Type': 'application/json', 'Content-Length': body.length };
  if (errorType) headers['Lambda-Runtime-Function-Error-Type'] = errorType;
  return request('POST', urlPath, body, headers);
}

function errorBody(err, type) {
  if (!(err instanceof Error)) {
    return { errorType: type || 'string', errorMessage: String(err), trace: [] };
  }
  return {
    errorType: type || err.name || 'Error',
    errorMessage: err.message,
    // The handler's frames, not this runtime's.
    trace: (err.stack || '').split('\n').filter((line) => !line.includes('/opt/sloop/runtime/')),
  };
}

// console.* as on Lambda: "2026-12-06T10:00:00.000Z\t<request id>\tINFO\t…".
let currentRequestId = 'undefined';
for (const [method, level] of [['log', 'INFO'], ['info', 'INFO'], ['warn', 'WARN'],
                               ['error', 'ERROR'], ['debug', 'DEBUG'], ['trace', 'TRACE']]) {
  const stream = level === 'INFO' || level === 'DEBUG' ? process.stdout : process.stderr;
  console[method] = (...args) => {
    const text = util.format(...args).replace(/\n/g, '\r');
    stream.write(`${new Date().toISOString()}\t${currentRequestId}\t${level}\t${text}\n`);
  };
}

class InitError extends Error {
  constructor(type, message) {
    super(message);
    this.type = type;
  }
}

async function loadHandler() {
  const spec = process.env._HANDLER || '';
  const dot = spec.lastIndexOf('.');
  if (dot <= 0 || dot === spec.length - 1) {
    throw new InitError('Runtime.MalformedHandlerName', `Bad handler ${spec}`);
  }
  const moduleName = spec.slice(0, dot);
  const functionPath = spec.slice(dot + 1).split('.');
  const root = process.env.LAMBDA_TASK_ROOT || '/var/task';
  const file = ['.js', '.mjs', '.cjs']
    .map((ext) => path.resolve(root, moduleName + ext))
    .find((candidate) => fs.existsSync(candidate));
  if (!file) {
    throw new InitError('Runtime.ImportModuleError',
                        `Error: Cannot find module '${moduleName}'`);
  }
  let mod;
  try {
    mod = await import(pathToFileURL(file).href);
  } catch (err) {
    if (err instanceof SyntaxError) {
      throw new InitError('Runtime.UserCodeSyntaxError', `${err.name}: ${err.message}`);
    }
    throw err;
  }
  let handler = mod;
  for (const part of functionPath) handler = handler?.[part];
  if (handler === undefined && mod.default) {
    handler = mod.default;
    for (const part of functionPath) handler = handler?.[part];
  }
  if (typeof handler !== 'function') {
    throw new InitError('Runtime.HandlerNotFound',
                        `${moduleName}.${functionPath.join('.')} is undefined or not exported`);
  }
  return handler;
}

function makeContext(requestId, deadlineMs, arn) {
  return {
    awsRequestId: requestId,
    invokedFunctionArn: arn,
    functionName: process.env.AWS_LAMBDA_FUNCTION_NAME || '',
    functionVersion: process.env.AWS_LAMBDA_FUNCTION_VERSION || '$LATEST',
    memoryLimitInMB: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE || '128',
    logGroupName: process.env.AWS_LAMBDA_LOG_GROUP_NAME || '',
    logStreamName: process.env.AWS_LAMBDA_LOG_STREAM_NAME || '',
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, deadlineMs - Date.now()),
  };
}

// A handler's outcome: an async function or a promise, else the callback
// form (three parameters), else the value it returned.
function run(handler, event, context) {
  return new Promise((resolve, reject) => {
    let settled = false;
    const callback = (err, result) => {
      if (settled) return;
      settled = true;
      if (err !== undefined && err !== null) reject(err);
      else resolve(result);
    };
    let returned;
    try {
      returned = handler(event, context, callback);
    } catch (err) {
      callback(err);
      return;
    }
    if (returned && typeof returned.then === 'function') {
      returned.then((value) => callback(null, value), (err) => callback(err ?? new Error('rejected')));
    } else if (handler.length < 3) {
      callback(null, returned);
    }
  });
}

async function main() {
  let handler;
  try {
    handler = await loadHandler();
  } catch (err) {
    const type = err instanceof InitError ? err.type : 'Runtime.Unknown';
    const body = err instanceof InitError
      ? { errorType: type, errorMessage: err.message, trace: [] }
      : errorBody(err);
    console.error(`${type}: ${body.errorMessage}`);
    await post('/init/error', body, type);
    process.exit(1);
  }
  for (;;) {
    const next = await request('GET', '/invocation/next');
    const requestId = next.headers['lambda-runtime-aws-request-id'];
    const deadlineMs = Number(next.headers['lambda-runtime-deadline-ms'] || 0);
    const arn = next.headers['lambda-runtime-invoked-function-arn'] || '';
    currentRequestId = requestId;
    try {
      const raw = next.body.toString('utf8');
      const event = raw ? JSON.parse(raw) : null;
      const result = await run(handler, event, makeContext(requestId, deadlineMs, arn));
      await post(`/invocation/${requestId}/response`, result);
    } catch (err) {
      const body = errorBody(err);
      console.error(`Invoke Error \t${JSON.stringify(body)}`);
      await post(`/invocation/${requestId}/error`, body, 'Unhandled');
    }
  }
}

main();
