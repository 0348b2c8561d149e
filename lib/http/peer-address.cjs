// The direct peer's address (the socket's remote end), for lib/http/client-address.ts: server.mjs writes
// it into every request it hands to Next, replacing whatever a client sent under that name, and says so
// in the environment, so that a server which does not (next dev, next start) never trusts the header.
"use strict";

const PEER_ADDRESS_HEADER = "x-toasoan-peer-address";
const PEER_ADDRESS_ENV = "TOASOAN_PEER_ADDRESS_HEADER";

/** Called once by server.mjs before it serves. */
function announcePeerAddresses() {
  process.env[PEER_ADDRESS_ENV] = "1";
}

/** Called by server.mjs on every request, before Next reads its headers. */
function notePeerAddress(req) {
  const address = req.socket && req.socket.remoteAddress;
  if (address) req.headers[PEER_ADDRESS_HEADER] = address;
  else delete req.headers[PEER_ADDRESS_HEADER];
}

module.exports = { PEER_ADDRESS_HEADER, PEER_ADDRESS_ENV, announcePeerAddresses, notePeerAddress };
