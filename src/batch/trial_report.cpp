// Reading a trial's runs.csv and turning it into per-arm summaries and effect sizes (trial_report.h).
#include "batch/trial_report.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <sstream>

#include "batch/stats.h"

namespace sb {

namespace {

const char kGroups[] = {'A', 'B', 'C', 'D'};

// The records of a CSV text as runs.csv writes it: fields separated by commas, a field in double
// quotes may hold commas, newlines and doubled quotes. Each record keeps the line it starts on.
struct Record {
    int line = 1;
    std::vector<std::string> fields;
};

std::vector<Record> ReadCsv(const std::string& text, const std::string& source) {
    std::vector<Record> records;
    Record rec;
    std::string field;
    bool quoted = false, any = false;
    int line = 1;
    auto end_field = [&] {
        rec.fields.push_back(field);
        field.clear();
    };
    auto end_record = [&] {
        end_field();
        records.push_back(rec);
        rec = Record{};
        any = false;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (!any) {
            rec.line = line;
            any = true;
        }
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                if (c == '\n') ++line;
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            end_field();
        } else if (c == '\n') {
            end_record();
            ++line;
        } else if (c != '\r') {
            field += c;
        }
    }
    if (quoted) throw TrialReportError(source + ":" + std::to_string(rec.line) + ": a quoted field is not closed before the end of the file");
    if (any) end_record();
    return records;
}

std::size_t Column(const Record& header, const std::string& name, const std::string& source, const std::string& why) {
    for (std::size_t i = 0; i < header.fields.size(); ++i)
        if (header.fields[i] == name) return i;
    throw TrialReportError(source + ":1: no column '" + name + "'" + why);
}

std::string Fmt(const char* format, double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, format, v);
    return buf;
}

std::string Interval(const Estimate& e, const char* format) {
    if (!e.defined) return "undefined";
    return Fmt(format, e.value) + " [" + Fmt(format, e.low) + ", " + Fmt(format, e.high) + "]";
}

}  // namespace

TrialReport AnalyseTrial(const std::string& runs_csv, const std::string& source, const std::string& control_name) {
    const std::vector<Record> records = ReadCsv(runs_csv, source);
    if (records.empty()) throw TrialReportError(source + ": is empty (a batch's runs.csv has a header and a row per dyad)");
    const Record& header = records.front();
    const std::string not_trial = " (runs.csv of a batch of a scenario with [trial] has arm and year_end_sensitivity)";
    const std::size_t arm_col = Column(header, "arm", source, not_trial);
    const std::size_t sens_col = Column(header, "year_end_sensitivity", source, not_trial);
    const std::size_t class_col = Column(header, "classification", source, "");
    TrialReport report;
    report.source = source;
    std::vector<ArmSummary> arms;
    for (std::size_t r = 1; r < records.size(); ++r) {
        const Record& rec = records[r];
        if (rec.fields.size() == 1 && rec.fields[0].empty()) continue;  // a blank line
        const std::string where = source + ":" + std::to_string(rec.line) + ": ";
        if (rec.fields.size() != header.fields.size())
            throw TrialReportError(where + std::to_string(rec.fields.size()) + " fields, the header has " + std::to_string(header.fields.size()));
        const std::string& arm = rec.fields[arm_col];
        if (arm.empty()) throw TrialReportError(where + "no arm (a single run, not a dyad of a trial batch)");
        const std::string& text = rec.fields[sens_col];
        char* end = nullptr;
        errno = 0;
        const double sensitivity = std::strtod(text.c_str(), &end);
        if (text.empty() || *end != '\0' || errno != 0 || !(sensitivity >= 1.0 && sensitivity <= 9.0))
            throw TrialReportError(where + "year_end_sensitivity = '" + text + "' is not a sensitivity (allowed range 1 to 9)");
        const std::string& group = rec.fields[class_col];
        int g = -1;
        for (int k = 0; k < 4; ++k)
            if (group.size() == 1 && group[0] == kGroups[k]) g = k;
        if (!group.empty() && g < 0) throw TrialReportError(where + "classification = '" + group + "' is not A, B, C, D or empty");
        ArmSummary* s = nullptr;
        for (ArmSummary& a : arms)
            if (a.name == arm) s = &a;
        if (!s) {
            arms.emplace_back();
            arms.back().name = arm;
            s = &arms.back();
        }
        ++s->n;
        s->sensitivity.push_back(sensitivity);
        if (g >= 0) {
            ++s->classified;
            ++s->groups[static_cast<std::size_t>(g)];
            s->secure.push_back(g == 1 ? 1.0 : 0.0);
        }
    }
    std::string names;
    for (const ArmSummary& a : arms) names += (names.empty() ? "" : ", ") + a.name;
    if (arms.size() < 2) throw TrialReportError(source + ": " + std::to_string(arms.size()) + " arm(s) (" + names + "); a comparison needs two");
    const std::string wanted = control_name.empty() ? "control" : control_name;
    std::size_t c = arms.size();
    for (std::size_t i = 0; i < arms.size(); ++i)
        if (arms[i].name == wanted) c = i;
    if (c == arms.size())
        throw TrialReportError(source + ": no arm named '" + wanted + "' to compare with (the arms are " + names +
                               (control_name.empty() ? "; name the control arm with --control)" : ")"));
    report.arms.push_back(arms[c]);
    for (std::size_t i = 0; i < arms.size(); ++i)
        if (i != c) report.arms.push_back(arms[i]);
    for (ArmSummary& a : report.arms) {
        a.mean_sensitivity = Mean(a.sensitivity);
        a.sd_sensitivity = StdDev(a.sensitivity);
    }
    const ArmSummary& ctl = report.arms.front();
    for (std::size_t i = 1; i < report.arms.size(); ++i) {
        const ArmSummary& t = report.arms[i];
        ArmComparison cmp;
        cmp.treated = t.name;
        cmp.control = ctl.name;
        cmp.d_sensitivity = CohensD(t.sensitivity, ctl.sensitivity);
        cmp.risk_difference = RiskDifference(t.groups[1], t.classified, ctl.groups[1], ctl.classified);
        cmp.d_security = CohensD(t.secure, ctl.secure);
        cmp.d_security_logit = LogitD(t.groups[1], t.classified, ctl.groups[1], ctl.classified, &cmp.logit_halved);
        report.comparisons.push_back(cmp);
    }
    return report;
}

std::string TrialReportText(const TrialReport& report) {
    std::ostringstream os;
    os << "trial report of " << report.source << "\n\n";
    os << "  arm                     N  classified     A      B      C      D   sensitivity (mean, SD)\n";
    for (const ArmSummary& a : report.arms) {
        char buf[200];
        std::snprintf(buf, sizeof buf, "  %-20s %5d  %10d  %5.1f%% %5.1f%% %5.1f%% %5.1f%%   %.2f (%.2f)\n", a.name.c_str(), a.n,
                      a.classified, 100 * a.Share(0), 100 * a.Share(1), 100 * a.Share(2), 100 * a.Share(3), a.mean_sensitivity,
                      a.sd_sensitivity);
        os << buf;
    }
    for (const ArmComparison& c : report.comparisons) {
        os << "\n  " << c.treated << " vs " << c.control << " (95% confidence intervals)\n";
        os << "    sensitivity: Cohen's d                      " << Interval(c.d_sensitivity, "%+.3f") << "\n";
        os << "    security (B): risk difference (Newcombe)    " << Interval(c.risk_difference, "%+.3f") << "\n";
        os << "    security (B = 1, other = 0): Cohen's d       " << Interval(c.d_security, "%+.3f") << "\n";
        os << "    security: logit d = ln(OR) sqrt(3) / pi     " << Interval(c.d_security_logit, "%+.3f")
           << (c.logit_halved ? "  (a zero cell: 0.5 added to every cell)" : "") << "\n";
    }
    return os.str();
}

std::string TrialReportCsv(const TrialReport& report) {
    std::ostringstream os;
    os << "section,arm,measure,value,ci_low,ci_high\n";
    auto row = [&](const char* section, const std::string& arm, const char* measure, const std::string& value,
                   const std::string& low = "", const std::string& high = "") {
        os << section << ',' << arm << ',' << measure << ',' << value << ',' << low << ',' << high << '\n';
    };
    for (const ArmSummary& a : report.arms) {
        row("arm", a.name, "n", std::to_string(a.n));
        row("arm", a.name, "classified", std::to_string(a.classified));
        for (int g = 0; g < 4; ++g) {
            const char measure[] = {'s', 'h', 'a', 'r', 'e', '_', kGroups[g], '\0'};
            row("arm", a.name, measure, Fmt("%.4f", a.Share(g)));
        }
        row("arm", a.name, "mean_sensitivity", Fmt("%.4f", a.mean_sensitivity));
        row("arm", a.name, "sd_sensitivity", Fmt("%.4f", a.sd_sensitivity));
    }
    auto estimate = [&](const ArmComparison& c, const char* measure, const Estimate& e) {
        const std::string arm = c.treated + "_vs_" + c.control;
        if (!e.defined) return row("effect", arm, measure, "");
        row("effect", arm, measure, Fmt("%.4f", e.value), Fmt("%.4f", e.low), Fmt("%.4f", e.high));
    };
    for (const ArmComparison& c : report.comparisons) {
        estimate(c, "d_sensitivity", c.d_sensitivity);
        estimate(c, "risk_difference_B", c.risk_difference);
        estimate(c, "d_security_binary", c.d_security);
        estimate(c, "d_security_logit", c.d_security_logit);
    }
    return os.str();
}

}  // namespace sb
