// Loaded (node --import) into every process `npm run dev` starts: the preview server and each
// pipeline run. They share an IPC channel with the dev process; when it goes away, even killed
// with SIGKILL, the channel closes and this process exits too, so no orphaned preview keeps
// serving stale data on the port.
if (process.channel) {
  process.on("disconnect", () => process.exit(0));
  // The channel alone must not keep a finished process alive.
  process.channel.unref();
}
