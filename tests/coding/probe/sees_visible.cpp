// Compile probe: a file built with the observer's include view can read the visible vocabulary.
#include "coding/coder.h"
#include "world/visible.h"

int SeesVisible() { return static_cast<int>(sb::AgentId::Infant); }
