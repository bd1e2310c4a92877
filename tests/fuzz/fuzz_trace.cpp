// libFuzzer harness for the trace reader: whatever the bytes, TraceFromCsv returns a trace or throws
// TraceError. Any other exception, crash, sanitizer report or leak is a finding.
#include <cstddef>
#include <cstdint>
#include <string>

#include "record/trace_csv.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        sb::TraceFromCsv(std::string(reinterpret_cast<const char*>(data), size), "fuzz.csv");
    } catch (const sb::TraceError&) {
        // The contract: a clear error, never a crash.
    }
    return 0;
}
