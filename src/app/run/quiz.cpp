// Quiz implementation. Each item is run to its end when it is drawn (a fraction of a second), so the
// observer's coding is ready whenever the student answers, however much of the run they watched.
#include "app/run/quiz.h"

#include <cmath>
#include <cstdio>
#include <stdexcept>

#include "app/run/describe.h"
#include "batch/population.h"
#include "coding/coder.h"
#include "record/atomic_file.h"
#include "sim/simulation.h"

namespace sb::app {

namespace {

const char* const kScaleAbbrevs[kQuizScales] = {"PS", "CM", "RS", "AV"};

const ScaleScore& CoderScale(const InteractiveScales& m, int scale) {
    switch (scale) {
        case 0: return m.ps;
        case 1: return m.cm;
        case 2: return m.rs;
        default: return m.av;
    }
}

std::string Num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3g", v);
    return buf;
}

// A CSV field: quoted when it holds a comma, a quote or a line break.
std::string Field(const std::string& s) {
    if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

}  // namespace

const char* QuizScaleAbbrev(int scale) { return scale >= 0 && scale < kQuizScales ? kScaleAbbrevs[scale] : "?"; }

QuizDeck::QuizDeck(Scenario source, std::uint64_t seed) : source_(std::move(source)), seeds_(seed) {}

QuizItem QuizDeck::Draw() {
    QuizItem item;
    item.number = ++drawn_;
    item.dyad_seed = std::uniform_int_distribution<std::uint64_t>(1, 999999)(seeds_);  // short: easy to note down
    item.scenario = source_;
    item.drawn_from = source_.name;
    item.scenario.sim = source_.population.enabled ? DrawDyad(source_.sim, source_.population, item.dyad_seed) : source_.sim;
    item.scenario.sim.seed = item.dyad_seed;
    item.scenario.population = PopulationDef{};
    // The name is all the window shows of the item: nothing about the caregiver.
    item.scenario.name = "Quiz item " + std::to_string(item.number);
    item.scenario.description.clear();

    Simulation sim(item.scenario.sim);
    VisibleTrace trace = StartTrace(sim);
    AppendFrame(trace, sim.Now(), sim.AllEvents());
    while (!sim.Finished()) {
        sim.Step();
        AppendFrame(trace, sim.Now(), sim.StepEvents());
    }
    item.coding = CodeTrace(trace);
    const std::vector<int> reunions = trace.header.roles.Reunions();
    if (reunions.empty()) throw std::invalid_argument(source_.name + ": the protocol has no reunion to code");
    item.reunions = {reunions.front(), reunions.back()};
    item.working_model = ReadWorkingModel(sim.History().model);
    return item;
}

bool QuizAnswer::Complete() const {
    for (const auto& reunion : scales)
        for (int v : reunion)
            if (v < kQuizMinScore || v > kQuizMaxScore) return false;
    return group == 'A' || group == 'B' || group == 'C' || group == 'D';
}

std::vector<std::string> SubgroupsOf(char group) {
    switch (group) {
        case 'A': return {"A1", "A2"};
        case 'B': return {"B1", "B2", "B3", "B4"};
        case 'C': return {"C1", "C2"};
        default: return {};
    }
}

double QuizResult::MeanAbsDifference() const {
    if (scales.empty()) return 0.0;
    double sum = 0.0;
    for (const QuizScaleResult& s : scales) sum += std::abs(s.Difference());
    return sum / static_cast<double>(scales.size());
}

QuizResult MarkAnswer(const QuizItem& item, const QuizAnswer& answer) {
    if (!answer.Complete()) throw std::invalid_argument("the answer is not complete: score every scale 1-7 and pick a group");
    QuizResult r;
    for (int i = 0; i < kQuizReunions; ++i) {
        const EpisodeCoding* e = item.coding.Episode(item.reunions[i]);
        for (int s = 0; s < kQuizScales; ++s) {
            QuizScaleResult x;
            x.reunion = item.reunions[i];
            x.scale = s;
            x.student = answer.scales[i][s];
            if (e && e->to_caregiver.scored) {
                const ScaleScore& c = CoderScale(e->to_caregiver, s);
                x.coder = c.value;
                x.why = c.why;
                x.at_s = c.at_s;
                x.episode_start_s = e->start_s;
            } else {
                x.coder = 1;  // she was not there to be sought, resisted or avoided
                x.why = "not scored: the caregiver was not in the room";
            }
            r.scales.push_back(x);
        }
    }
    r.student_group = answer.group;
    r.student_subgroup = answer.subgroup;
    const Classification& c = item.coding.classification;
    r.coder_group = c.classifiable ? c.group : '?';
    r.coder_subgroup = c.subgroup;
    r.coder_reason = c.reasons.empty() ? std::string() : c.reasons.front();
    return r;
}

double QuizReplayFrom(const QuizScaleResult& r) {
    return std::max({0.0, r.episode_start_s, r.at_s - 2.0});
}

void QuizTally::Add(const QuizItem& item, const QuizResult& result) {
    Row row;
    row.number = item.number;
    row.dyad_seed = item.dyad_seed;
    row.source = item.drawn_from;
    row.history = item.scenario.sim.history.caregiver;
    row.today = item.scenario.sim.caregiver;
    row.result = result;
    row.reunions = item.reunions;
    rows_.push_back(std::move(row));
}

int QuizTally::GroupsAgreed() const {
    int n = 0;
    for (const Row& r : rows_) n += r.result.GroupAgrees();
    return n;
}

double QuizTally::Agreement() const { return rows_.empty() ? 0.0 : static_cast<double>(GroupsAgreed()) / rows_.size(); }

double QuizTally::MeanAbsDifference() const {
    double sum = 0.0;
    std::size_t n = 0;
    for (const Row& r : rows_) {
        for (const QuizScaleResult& s : r.result.scales) sum += std::abs(s.Difference());
        n += r.result.scales.size();
    }
    return n == 0 ? 0.0 : sum / static_cast<double>(n);
}

std::string QuizTally::Csv() const {
    std::string out = "item,source,dyad_seed,student_group,student_subgroup,coder_group,coder_subgroup,group_agrees";
    for (int i = 0; i < kQuizReunions; ++i)
        for (int s = 0; s < kQuizScales; ++s)
            out += std::string(",student_") + QuizScaleAbbrev(s) + "_r" + std::to_string(i + 1) + ",coder_" + QuizScaleAbbrev(s) + "_r" +
                   std::to_string(i + 1);
    out += ",mean_abs_difference,sensitivity,consistency,acceptance,frightening,today_sensitivity,today_consistency,"
           "today_acceptance,today_frightening\n";
    for (const Row& r : rows_) {
        const QuizResult& q = r.result;
        out += std::to_string(r.number) + "," + Field(r.source) + "," + std::to_string(r.dyad_seed) + "," +
               std::string(1, q.student_group) + "," + q.student_subgroup + "," + std::string(1, q.coder_group) + "," +
               q.coder_subgroup + "," + (q.GroupAgrees() ? "1" : "0");
        for (const QuizScaleResult& s : q.scales) out += "," + std::to_string(s.student) + "," + std::to_string(s.coder);
        out += "," + Num(q.MeanAbsDifference());
        for (const CaregiverDef* c : {&r.history, &r.today})
            out += "," + Num(c->sensitivity) + "," + Num(c->consistency) + "," + Num(c->acceptance) + "," + Num(c->frightening);
        out += "\n";
    }
    return out;
}

void QuizTally::Save(const std::string& path) const { WriteFileAtomically(path, Csv()); }

}  // namespace sb::app
