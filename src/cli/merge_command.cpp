// securebase-cli merge: the folders of the shards of one batch or sweep back into the files the
// unsharded run writes, byte for byte — after checking that the shards belong together and that
// every dyad is there exactly once. Rows are merged a line at a time, so memory stays flat.
#include <cstdio>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>

#include "batch/runs_tally.h"
#include "cli/commands.h"
#include "cli/experiment_output.h"
#include "record/atomic_file.h"
#include "record/export_targets.h"
#include "record/provenance.h"
#include "record/verify_set.h"

namespace sb::cli {

namespace {

// Why the folders cannot be merged; reported with exit status 6.
class MergeError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct ShardFolder {
    std::string dir;
    nlohmann::json manifest;  // without shard, summary, files and command_line: what every shard must share
    nlohmann::json command_line;  // how the shard was run: differs from shard to shard (--shard, --out)
    int k = 1;
    int n = 1;
    std::ifstream runs;
    std::ifstream episodes;
    std::string pending_episode;  // the next episodes.csv line, read ahead
    bool has_pending = false;
};

nlohmann::json ReadManifest(const std::string& dir) {
    const std::string path = dir + "/manifest.json";
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    try {
        return nlohmann::json::parse(text.str());
    } catch (const nlohmann::json::exception& e) {
        throw MergeError(path + ": not a manifest (" + e.what() + ")");
    }
}

// The run_id a CSV row starts with, or -1.
long long RunIdOf(const std::string& line) {
    const std::size_t comma = line.find(',');
    try {
        return std::stoll(line.substr(0, comma));
    } catch (const std::exception&) {
        return -1;
    }
}

std::string ReadWhole(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw MergeError(path + ": cannot be read");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string Header(std::ifstream& in, const std::string& path) {
    std::string line;
    if (!std::getline(in, line)) throw MergeError(path + ": empty");
    return line;
}

}  // namespace

int Merge(const std::vector<std::string>& dirs, const std::string& out) {
    try {
        if (dirs.empty()) throw MergeError("no shard folders given");
        std::vector<ShardFolder> shards(dirs.size());
        for (std::size_t i = 0; i < dirs.size(); ++i) {
            ShardFolder& s = shards[i];
            s.dir = dirs[i];
            const SetCheck check = VerifySet(s.dir);
            if (!check.complete) {
                std::string why;
                for (const std::string& p : check.problems) why += "\n  " + p;
                throw MergeError(s.dir + ": not a complete set ('securebase-cli verify' says more):" + why);
            }
            if (SameTarget(s.dir + "/manifest.json", out + "/manifest.json"))
                throw MergeError(out + ": is one of the shard folders; merge into a new folder");
            nlohmann::json m = ReadManifest(s.dir);
            if (!m.contains("design") || !m["design"].contains("dyads"))
                throw MergeError(s.dir + "/manifest.json: has no design (written by 'batch' or 'sweep' of this version?)");
            if (m.contains("shard")) {
                s.k = m["shard"].value("k", 0);
                s.n = m["shard"].value("n", 0);
            }
            s.command_line = m.contains("command_line") ? m["command_line"] : nlohmann::json::array();
            m.erase("shard");
            m.erase("summary");
            m.erase("files");
            m.erase("command_line");
            s.manifest = m;
        }
        // The same scenario (its text and hash), build, command, design and seed: everything but the
        // shard and the command line that ran it.
        for (std::size_t i = 1; i < shards.size(); ++i) {
            if (shards[i].manifest == shards[0].manifest) continue;
            std::string differ;
            for (const auto& [key, value] : shards[0].manifest.items())
                if (!shards[i].manifest.contains(key) || shards[i].manifest[key] != value) differ += (differ.empty() ? "" : ", ") + key;
            for (const auto& [key, value] : shards[i].manifest.items())
                if (!shards[0].manifest.contains(key)) differ += (differ.empty() ? "" : ", ") + key;
            throw MergeError(shards[i].dir + " and " + shards[0].dir + " are not shards of one run: their manifests differ in " + differ);
        }
        const int n = shards[0].n;
        std::map<int, std::size_t> by_k;
        for (std::size_t i = 0; i < shards.size(); ++i) {
            if (shards[i].n != n)
                throw MergeError(shards[i].dir + " is shard " + std::to_string(shards[i].k) + " of " + std::to_string(shards[i].n) + ", " +
                                 shards[0].dir + " one of " + std::to_string(n));
            if (by_k.count(shards[i].k))
                throw MergeError(shards[i].dir + " and " + shards[by_k[shards[i].k]].dir + " are both shard " + std::to_string(shards[i].k) +
                                 " of " + std::to_string(n));
            by_k[shards[i].k] = i;
        }
        std::string missing;
        for (int k = 1; k <= n; ++k)
            if (!by_k.count(k)) missing += (missing.empty() ? "" : ", ") + std::to_string(k);
        if (!missing.empty()) throw MergeError("shard " + missing + " of " + std::to_string(n) + " is missing");

        std::vector<ShardFolder*> order;  // order[k - 1]: shard k
        for (const auto& [k, i] : by_k) order.push_back(&shards[i]);
        // The codebook is the shards' own, which must agree: the same scenario and design give the same columns.
        const std::string datapackage = ReadWhole(order.front()->dir + "/datapackage.json");
        for (ShardFolder* s : order)
            if (ReadWhole(s->dir + "/datapackage.json") != datapackage)
                throw MergeError(s->dir + "/datapackage.json: differs from " + order.front()->dir + "'s");
        std::string runs_header, episodes_header;
        for (ShardFolder* s : order) {
            s->runs.open(s->dir + "/runs.csv", std::ios::binary);
            s->episodes.open(s->dir + "/episodes.csv", std::ios::binary);
            const std::string rh = Header(s->runs, s->dir + "/runs.csv");
            const std::string eh = Header(s->episodes, s->dir + "/episodes.csv");
            if (s == order.front()) {
                runs_header = rh;
                episodes_header = eh;
            } else if (rh != runs_header || eh != episodes_header) {
                throw MergeError(s->dir + ": its CSV columns differ from " + order.front()->dir + "'s");
            }
            s->has_pending = static_cast<bool>(std::getline(s->episodes, s->pending_episode));
        }

        const std::vector<std::string> paths = ExperimentPaths(out);
        CheckTargets(paths);
        EnsureFolder(out);
        StreamedSet set({paths[0], paths[1], paths[2]}, paths[3]);
        set.Append(0, runs_header + "\n");
        set.Append(1, episodes_header + "\n");
        set.Append(2, datapackage);
        RunsTally tally(runs_header);
        const long long dyads = shards[0].manifest["design"]["dyads"].get<long long>();
        std::string line;
        for (long long id = 1; id <= dyads; ++id) {
            ShardFolder& s = *order[static_cast<std::size_t>((id - 1) % n)];
            if (!std::getline(s.runs, line))
                throw MergeError(s.dir + "/runs.csv: ends before run_id " + std::to_string(id) + " (a dyad is missing)");
            if (RunIdOf(line) != id)
                throw MergeError(s.dir + "/runs.csv: run_id " + std::to_string(RunIdOf(line)) + " where " + std::to_string(id) +
                                 " belongs (a dyad is missing, repeated or in the wrong shard)");
            tally.Add(line);
            set.Append(0, line + "\n");
            int rows = 0;
            while (s.has_pending && RunIdOf(s.pending_episode) == id) {
                set.Append(1, s.pending_episode + "\n");
                ++rows;
                s.has_pending = static_cast<bool>(std::getline(s.episodes, s.pending_episode));
            }
            if (rows == 0) throw MergeError(s.dir + "/episodes.csv: no rows for run_id " + std::to_string(id));
        }
        for (ShardFolder* s : order) {
            if (std::getline(s->runs, line) || s->has_pending)
                throw MergeError(s->dir + ": has rows beyond the " + std::to_string(dyads) + " dyads of the design (a dyad repeated?)");
        }
        // Everything as the unsharded run records it, but the invocation: this merge's own command line,
        // and each shard's, in shard order (docs/data.md, "The manifest").
        nlohmann::json manifest = shards[0].manifest;
        manifest["summary"] = SummaryJson(tally.Summary());
        manifest["command_line"] = RecordedCommandLine();
        nlohmann::json shard_lines = nlohmann::json::array();
        for (ShardFolder* s : order) shard_lines.push_back(s->command_line);
        manifest["shard_command_lines"] = shard_lines;
        set.Finish(manifest.dump(2) + "\n");
        std::printf("merged %zu shards: %lld dyads; wrote %s/runs.csv, episodes.csv, datapackage.json, manifest.json\n", shards.size(), dyads, out.c_str());
        return 0;
    } catch (const MergeError& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 6;
    }
}

}  // namespace sb::cli
