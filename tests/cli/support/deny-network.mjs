// Preload (node --import) for the no-network test: every way to open a connection or resolve a
// name throws and says so on standard error, so a CLI run that tries one cannot pass unnoticed.
import { createRequire, syncBuiltinESMExports } from 'node:module';

const require = createRequire(import.meta.url);
const deny = (name) =>
  function denied() {
    process.stderr.write(`network-denied: ${name}\n`);
    throw new Error(`network-denied: ${name}`);
  };

const net = require('node:net');
net.Socket.prototype.connect = deny('net.Socket.connect');
net.connect = deny('net.connect');
net.createConnection = deny('net.createConnection');
const tls = require('node:tls');
tls.connect = deny('tls.connect');
const dns = require('node:dns');
for (const name of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) {
  dns[name] = deny(`dns.${name}`);
  dns.promises[name] = deny(`dns.promises.${name}`);
}
require('node:dgram').createSocket = deny('dgram.createSocket');
for (const module of ['node:http', 'node:https', 'node:http2']) {
  const m = require(module);
  for (const name of ['request', 'get', 'connect'])
    if (name in m) m[name] = deny(`${module}.${name}`);
}
globalThis.fetch = deny('fetch');
globalThis.WebSocket = deny('WebSocket');
syncBuiltinESMExports();
