// Acceptance scripts mostly wait on timers (heartbeats, test requests, sleeps): run many at once, each against its
// own acceptor on its own port, so the whole suite takes about as long as its slowest scripts.
[assembly: LevelOfParallelism(16)]
