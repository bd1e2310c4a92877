// The columns each scale reads, kept next to the scales (src/coding/*.cpp): a change to what a
// scale reads belongs here too.
#include "coding/column_needs.h"

namespace sb {

std::vector<std::string> CodesReading(const std::string& column) {
    // The infant's columns feed every scale that watches the infant doing it.
    if (column == "infant_x" || column == "infant_y")
        return {"PS", "AV", "DI", "RS", "search", "disorganization"};
    if (column == "infant_affect") return {"DI", "RS", "disorganization"};
    if (column == "infant_gaze") return {"PS", "CM", "AV", "DI", "search", "disorganization"};
    if (column == "infant_action") return {"PS", "CM", "RS", "AV", "search", "disorganization", "exploring time"};
    if (column == "infant_cry") return {"PS", "CM", "disorganization", "crying time"};
    if (column == "infant_vocalising") return {"DI"};
    if (column == "infant_contact") return {"PS", "CM", "RS", "AV", "DI", "search", "disorganization"};
    // Her entry times the reunion's avoidance and the 30-s delay rule of proximity seeking.
    if (column == "events") return {"AV to the caregiver", "PS to the caregiver", "AV to the stranger", "PS to the stranger"};
    for (const char* adult : {"caregiver", "stranger"}) {
        const std::string p = std::string(adult) + "_";
        const std::string to = std::string(" to the ") + adult;
        if (column == p + "present") return {"PS" + to, "CM" + to, "RS" + to, "AV" + to, "DI" + to, "disorganization"};
        if (column == p + "x" || column == p + "y") return {"PS" + to, "AV" + to, "DI" + to, "RS" + to};
        if (column == p + "contact") return {"PS" + to, "CM" + to, "RS" + to, "AV" + to};
        // Her bids (greeting, calling, offering, soothing) decide what counts as avoiding her
        // while she is already in the room.
        if (column == p + "action" || column == p + "gaze" || column == p + "vocalising") return {"AV" + to};
    }
    return {};
}

}  // namespace sb
