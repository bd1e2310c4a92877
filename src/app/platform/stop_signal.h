// SIGTERM and SIGINT end the window's frame loop like closing the window does, so a window stopped
// from outside (a test, a terminal's Ctrl+C) still shuts down cleanly and writes what it writes on exit.
#pragma once

namespace sb::app {

// Installs the handlers; call once before the frame loop.
void CatchStopSignals();
// True once SIGTERM or SIGINT has arrived.
bool StopRequested();

}  // namespace sb::app
