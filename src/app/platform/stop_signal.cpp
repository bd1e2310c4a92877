// The stop signals: the handler only sets a flag (all a handler may safely do); the frame loop
// looks at it once a frame.
#include "app/platform/stop_signal.h"

#include <csignal>

namespace sb::app {

namespace {
volatile std::sig_atomic_t g_stop = 0;
extern "C" void OnStopSignal(int) { g_stop = 1; }
}  // namespace

void CatchStopSignals() {
    std::signal(SIGTERM, OnStopSignal);
    std::signal(SIGINT, OnStopSignal);
}

bool StopRequested() { return g_stop != 0; }

}  // namespace sb::app
