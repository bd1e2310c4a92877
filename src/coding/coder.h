// The observer: codes a visible-behaviour trace as a trained Strange Situation coder would —
// scales per episode, 15-s intervals, disorganization, classification with reasons. It reads
// nothing but the trace: the room and what each episode is for come from the trace's header.
#pragma once

#include "coding/coding.h"
#include "world/visible_trace.h"

namespace sb {

// Codes every episode present in the trace; an unfinished last episode is coded as far as it goes.
// An episode the header's roles do not list gets its 15-s intervals and no scales.
Coding CodeTrace(const VisibleTrace& trace);

}  // namespace sb
