// Preloaded into cognito-local (`node -r`): exit when the launching process goes away, even if it
// was killed with SIGKILL and could not stop us itself. The IPC channel closing is the signal.
if (process.send) process.on('disconnect', () => process.exit(0));
