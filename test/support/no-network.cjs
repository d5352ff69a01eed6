// Preloaded (node --require) into a process that must not touch the network: any socket
// connection or DNS lookup throws, so a test sees the attempt instead of a timeout.
const net = require('node:net');
const dns = require('node:dns');

const refuse = (what) => {
  throw new Error(`no-network: ${what} attempted`);
};
net.Socket.prototype.connect = function connect() {
  refuse('a socket connection');
};
dns.lookup = () => refuse('a DNS lookup');
dns.promises.lookup = async () => refuse('a DNS lookup');
