// The infant seam: what the simulation tells an infant model about the room each step, what the
// model answers (its visible intent), and its hidden state for the "inside the infant" view.
// Any infant model implements Infant; the director, the world and the GUI know only this header.
#pragma once

#include <memory>

#include "core/rng.h"
#include "world/room.h"
#include "model/infant_model_def.h"
#include "model/working_model.h"
#include "world/visible.h"

namespace sb {

// Temperament, per infant. Each 0..1 with 0.5 typical.
struct InfantDef {
    double reactivity = 0.5;    // how fast distress rises under stress
    double soothability = 0.5;  // how much comfort lowers distress
    double sociability = 0.5;   // ease with strangers (less wariness)
    double curiosity = 0.5;     // pull of the toys
    double activity = 0.5;      // motor activity: how readily it crawls to what it wants rather than signalling from where it is
    double crawl_speed_mps = 0.3;  // m/s (12-month-olds crawl or toddle at about 0.2-0.5 m/s)
};

enum class Holder { None, Caregiver, Stranger };

// The infant's view of the situation: only what it could perceive.
struct InfantSituation {
    const RoomDef* room = nullptr;
    Vec2 self;
    Holder held_by = Holder::None;
    double comfort = 0.0;           // 0..1 how soothing the holder's holding is right now
    const AgentView* caregiver = nullptr;
    const AgentView* stranger = nullptr;
    bool play_prompted = false;     // someone is pointing out / offering a toy
    double time_in_room_s = 0.0;
};

// What the infant does this step, as a camera would see it, plus where it is going.
struct InfantIntent {
    VisibleAction action = VisibleAction::Idle;
    GazeTarget gaze = GazeTarget::None;
    Affect affect = Affect::Neutral;
    double cry = 0.0;          // 0..1
    bool vocalising = false;
    bool move = false;
    Vec2 move_target;          // m, where it is locomoting to
};

// Hidden state, for the inside-the-infant view and research export. Never read by the observer.
struct InfantInner {
    double arousal = 0.0;          // 0..1 physiological stress ("heart rate")
    double sustained_arousal = 0.0;  // 0..1 the slow component of arousal: follows it over minutes, outlasts episodes
    double felt_security = 0.0;    // 0..1
    double attachment = 0.0;       // 0..1 activation of the attachment system
    double exploration = 0.0;      // 0..1 exploratory drive
    double wariness = 0.0;         // 0..1 wariness of the stranger and the strange room
    double anger = 0.0;            // 0..1 anger (ambivalent, resistant contact)
    double conflict = 0.0;         // 0..1 approach-flight conflict toward a frightening caregiver
    double expressed = 0.0;        // 0..1 distress shown (crying)
    bool lapse = false;            // a disorganized lapse is under way
    // The HPA axis (model/cortisol.h): computed from the state above, never read back by behaviour.
    double hpa_buffering = 0.0;    // 0..1 share of the HPA drive the relationship buffers (from learned threat)
    double hpa_drive = 0.0;        // >= 0 stress it cannot regulate, driving the HPA axis [arousal above threshold]
    double acth = 0.0;             // >= 0 the drive lagged once: the pituitary stage ("ACTH") [same units]
    double cortisol = 1.0;         // salivary cortisol relative to its own baseline [x baseline; 1 = baseline]
};

class Infant {
public:
    virtual ~Infant() = default;
    virtual InfantIntent Step(const InfantSituation& s, Rng& rng, double dt) = 0;
    virtual InfantInner Inner() const = 0;
};

// The infant model of docs/model.md: behavioural systems shaped by the working model it learned
// in its first year, with the model's constants from `model`. Nothing about an attachment style is
// passed in — only what it learned.
std::unique_ptr<Infant> MakeAttachmentInfant(const InfantDef& def, const WorkingModel& learned, const InfantModelDef& model);

// Which infant model a simulation runs: a name for the record and a factory. Any model that
// implements Infant can be plugged in (tests use a scripted infant; a research variant would be
// another factory); the director, the adults, the observer and the GUI are unchanged.
struct InfantModelChoice {
    using Factory = std::unique_ptr<Infant> (*)(const InfantDef&, const WorkingModel&, const InfantModelDef&);
    const char* name = "attachment infant (docs/model.md)";
    Factory make = MakeAttachmentInfant;
};

}  // namespace sb
