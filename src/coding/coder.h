// The observer: codes a visible-behaviour trace as a trained Strange Situation coder would —
// scales per episode, 15-s intervals, disorganization, classification with reasons. It reads
// nothing but the trace.
#pragma once

#include "coding/coding.h"
#include "world/room.h"
#include "world/visible_trace.h"

namespace sb {

struct CoderDef {
    RoomDef room;  // where the door is (the coder sees the room as a camera does)
};

// Codes every episode present in the trace; an unfinished last episode is coded as far as it goes.
Coding CodeTrace(const VisibleTrace& trace, const CoderDef& def = {});

// The standard episode names, for reports (the trace carries only numbers).
std::string StandardEpisodeName(int number);

}  // namespace sb
