// libFuzzer harness for the scenario reader: whatever the bytes, ParseScenario returns a scenario or
// throws ScenarioError. Any other exception, crash, sanitizer report or leak is a finding.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "scenario/scenario.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        sb::ParseScenario(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.toml");
    } catch (const sb::ScenarioError&) {
        // The contract: a clear error, never a crash.
    }
    return 0;
}
