// Preloaded into cognito-local (`node -r`) by launch.mjs, so that nothing else listening on its
// port can pass for it: every answer carries the per-launch token from the environment (the proxy
// and launch.mjs check it), and the port it bound, or why it could not, goes to launch.mjs over IPC.
const http = require('node:http');

const token = process.env.LOCAL_COGNITO_LAUNCH_TOKEN;
const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, request, response) {
  if (event === 'request' && token) response.setHeader('x-local-cognito-launch', token);
  return emit.apply(this, arguments);
};

const listen = http.Server.prototype.listen;
http.Server.prototype.listen = function (...args) {
  this.once('listening', () => process.send?.({ type: 'listening', port: this.address().port }));
  this.once('error', (error) => {
    process.send?.({ type: 'listen-error', code: error.code, message: error.message });
    // Also on stderr (which launch.mjs shows), in case the exit that follows outruns the message.
    process.stderr.write(`cognito-local cannot listen: ${error.message}\n`);
  });
  return listen.apply(this, args);
};
