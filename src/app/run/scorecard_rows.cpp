// Scorecard rows from a Coding. Which cells are scored comes from the coder itself (its `scored`
// flags), so the card never claims a score the observer did not give.
#include "app/run/scorecard_rows.h"

#include "app/run/describe.h"
#include "coding/coder.h"

namespace sb::app {

namespace {

ScoreCell CellFor(const ScaleScore& score, bool scored, bool provisional) {
    ScoreCell c;
    c.scored = scored;
    c.provisional = scored && provisional;
    c.score = scored ? &score : nullptr;
    return c;
}

std::array<ScoreCell, kScaleCount> ScalesRow(const InteractiveScales& m, bool provisional) {
    return {CellFor(m.ps, m.scored, provisional), CellFor(m.cm, m.scored, provisional),
            CellFor(m.rs, m.scored, provisional), CellFor(m.av, m.scored, provisional),
            CellFor(m.di, m.scored, provisional)};
}

}  // namespace

const char* ScaleAbbrev(Scale s) {
    switch (s) {
        case Scale::PS: return "PS";
        case Scale::CM: return "CM";
        case Scale::RS: return "RS";
        case Scale::AV: return "AV";
        case Scale::DI: return "DI";
    }
    return "?";
}

const char* ScaleName(Scale s) {
    switch (s) {
        case Scale::PS: return "Proximity and contact seeking";
        case Scale::CM: return "Contact maintaining";
        case Scale::RS: return "Resistance";
        case Scale::AV: return "Avoidance";
        case Scale::DI: return "Distance interaction";
    }
    return "?";
}

std::string DescribeColumn(int column) {
    if (column == kSearchColumn) return "search";
    if (column == kCryingColumn) return "crying";
    std::string name = ScaleName(ColumnScale(column));
    name[0] = static_cast<char>(name[0] - 'A' + 'a');
    return name + " (" + ScaleAbbrev(ColumnScale(column)) + ") toward the " +
           (ColumnPerson(column) == Toward::Caregiver ? "caregiver" : "stranger");
}

const ScoreCell* ScorecardRow::CellAt(int column) const {
    if (IsScaleColumn(column)) return &Cell(ColumnPerson(column), ColumnScale(column));
    if (column == kSearchColumn) return &search;
    return nullptr;
}

double ScorecardRow::MomentAt(int column) const {
    if (column == kCryingColumn) return first_cry_s;
    const ScoreCell* c = CellAt(column);
    return c && c->scored ? c->score->at_s : -1.0;
}

std::vector<ScorecardRow> BuildScorecard(const Coding& coding) {
    std::vector<ScorecardRow> rows;
    // A row for every episode of the protocol from the first to the last with any score (in the
    // standard procedure the entrance is not scored).
    const ProtocolRoles& roles = coding.roles;
    const int first = roles.FirstScored(), last = roles.LastScored();
    bool inside = false;
    for (const EpisodeRoles& role : roles.episodes) {
        inside = inside || role.number == first;
        if (!inside) continue;
        const int number = role.number;
        ScorecardRow r;
        r.number = number;
        r.name = roles.Name(number);
        r.short_name = roles.ShortName(number);
        if (const EpisodeCoding* e = coding.Episode(number)) {
            const bool provisional = !e->complete;
            r.progress = provisional ? EpisodeProgress::Running : EpisodeProgress::Done;
            r.start_s = e->start_s;
            r.duration_s = e->duration_s;
            r.curtailed = e->curtailed;
            r.extended = e->extended;
            r.caregiver = ScalesRow(e->to_caregiver, provisional);
            r.stranger = ScalesRow(e->to_stranger, provisional);
            r.search = CellFor(e->search, e->search_scored, provisional);
            r.crying_intervals = static_cast<int>(e->CryingIntervals());
            r.intervals = static_cast<int>(e->intervals.size());
            for (const IntervalCode& i : e->intervals) {
                r.crying_s += i.crying_s;
                if (i.cried() && r.first_cry_s < 0.0) r.first_cry_s = i.start_s;
            }
        }
        rows.push_back(std::move(r));
        if (number == last) break;
    }
    return rows;
}

bool ReunionsComplete(const Coding& coding) {
    const std::vector<int> reunions = coding.roles.Reunions();
    if (reunions.empty()) return false;
    for (int number : reunions) {
        const EpisodeCoding* e = coding.Episode(number);
        if (!e || !e->complete) return false;
    }
    return true;
}

}  // namespace sb::app
