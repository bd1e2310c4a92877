// The export transaction. Steps, in order (each one a kill point for the crash test, kill_point.h):
//   stage each file (write, fsync) into .securebase-staging-XXXXXX in its target's folder;
//   write the commit record (COMMIT, commit_record.h) into the staging folder of the last file's
//   folder — the commit point: before it the export is abandoned if killed, after it finished;
//   remove the old manifest (sets with one);
//   rename each file into place, the manifest last;
//   remove the staging folders.
// Directories are fsynced between the phases so the order also holds after a power cut, not only
// after a kill: a manifest never reaches the disk before the files it lists, and the commit record
// never before the files it names.
#include "record/atomic_file.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>

#include "core/sha256.h"
#include "record/commit_record.h"
#include "record/export_targets.h"
#include "record/kill_point.h"
#include "record/manifest_files.h"
#include "record/stale_staging.h"

namespace sb {

namespace fs = std::filesystem;

namespace {

// One target folder taking part in a set: its staging folder, locked for as long as the export
// runs so another export's clean-up leaves it alone (stale_staging.cpp).
struct StagingFolder {
    std::string folder;
    std::string staging;
    int lock_fd = -1;
};

class Transaction {
public:
    explicit Transaction(const ExportFiles& files) : files_(files) {}
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // On any failure (and after success, when they are already empty) the staging folders go.
    ~Transaction() {
        for (StagingFolder& s : folders_) {
            std::error_code ec;
            if (!s.staging.empty()) fs::remove_all(s.staging, ec);
            if (s.lock_fd >= 0) ::close(s.lock_fd);
        }
    }

    void Stage() {
        Prepare();
        for (std::size_t i = 0; i < files_.size(); ++i) StageFile(i);
        SyncStaging();
    }

    // Makes the staging folders and names every file's staged copy; nothing is written yet.
    void Prepare() {
        // The last file's folder (the manifest's) first: its staging folder holds the commit record,
        // and every other staging folder names it (kPrimaryName).
        FolderFor(files_.back().first);
        for (const auto& file : files_) staged_.push_back(FolderFor(file.first).staging + "/" + StagedName(fs::path(file.first).filename().string()));
    }

    // Writes file i's content, as it now is, to its staged copy.
    void StageFile(std::size_t i) {
        ExportStep();
        WriteNew(staged_[i], files_[i].first, files_[i].second);
    }

    // Opens file i's staged copy for writing a piece at a time (StreamedSet).
    int OpenStaged(std::size_t i) {
        ExportStep();
        const int fd = ::open(staged_[i].c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0) throw ExportError(files_[i].first + ": cannot write (" + std::strerror(errno) + "); no file was replaced");
        return fd;
    }

    void SyncStaging() {
        for (const StagingFolder& s : folders_) SyncFolder(s.staging);
    }

    // The commit point. Nothing outside the staging folders has been touched yet; once COMMIT is on
    // disk, a kill at any later step is finished by recovery (stale_staging.h) instead of undone.
    // Written under a temporary name and renamed, so it is either absent or whole.
    void WriteCommitRecord(bool manifest_last) {
        const StagingFolder& primary = folders_.front();
        std::vector<CommitEntry> entries;
        for (std::size_t i = 0; i < files_.size(); ++i)
            entries.push_back({RelativeTo(staged_[i], primary.folder), RelativeTo(files_[i].first, primary.folder)});
        ExportStep();
        const std::string temp = primary.staging + "/" + kCommitTempName;
        WriteNew(temp, files_.back().first, CommitRecordText(entries, manifest_last));
        if (std::rename(temp.c_str(), (primary.staging + "/" + kCommitName).c_str()) != 0)
            throw ExportError(files_.back().first + ": cannot commit (" + std::strerror(errno) + "); no file was replaced");
        SyncFolder(primary.staging);
    }

    // Renames the staged files into place in order; if `manifest_last`, the last file is the manifest:
    // the old one is removed first and the new one renamed only after the others are on disk.
    void Commit(bool manifest_last) {
        const std::size_t n = files_.size();
        if (manifest_last) {
            ExportStep();
            const std::string& manifest = files_.back().first;
            if (::unlink(manifest.c_str()) != 0 && errno != ENOENT)
                throw ExportError(manifest + ": cannot remove the old manifest (" + std::strerror(errno) + "); no file was replaced");
            SyncFolder(TargetFolder(manifest));
        }
        for (std::size_t i = 0; i < n; ++i) {
            if (manifest_last && i + 1 == n)
                for (const StagingFolder& s : folders_) SyncFolder(s.folder);
            ExportStep();
            if (std::rename(staged_[i].c_str(), files_[i].first.c_str()) != 0) {
                const int err = errno;
                std::string replaced;
                for (std::size_t j = 0; j < i; ++j) replaced += (j ? ", " : "") + files_[j].first;
                std::string state = i == 0 ? "no file was replaced" : "already replaced: " + replaced;
                if (manifest_last) state += "; the old manifest was removed, so the folder reads as incomplete until a run succeeds";
                throw ExportError(files_[i].first + ": cannot replace (" + std::strerror(err) + "); " + state);
            }
        }
        for (const StagingFolder& s : folders_) SyncFolder(s.folder);
        ExportStep();
        // The commit record's folder last, so a kill in between leaves nothing a recovery could misread.
        for (auto s = folders_.rbegin(); s != folders_.rend(); ++s) {
            std::error_code ec;
            fs::remove_all(s->staging, ec);
            s->staging.clear();
        }
    }

private:
    // The staging folder for a target's folder, made (after tidying what a killed export left
    // there) the first time a target in that folder is seen.
    StagingFolder& FolderFor(const std::string& target) {
        const std::string folder = TargetFolder(target);
        for (StagingFolder& s : folders_)
            if (s.folder == folder) return s;
        std::vector<std::string> names;
        for (const auto& file : files_)
            if (TargetFolder(file.first) == folder) names.push_back(fs::path(file.first).filename().string());
        RemoveStale(folder, names);
        std::string tmpl = folder + "/" + kStagingPrefix + "XXXXXX";
        std::vector<char> name(tmpl.begin(), tmpl.end());
        name.push_back('\0');
        if (::mkdtemp(name.data()) == nullptr)
            throw ExportError(target + ": cannot write (" + std::strerror(errno) + "); no file was replaced");
        folders_.push_back({folder, name.data(), -1});
        StagingFolder& s = folders_.back();
        s.lock_fd = ::open(s.staging.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (s.lock_fd < 0 || ::flock(s.lock_fd, LOCK_EX) != 0)
            throw ExportError(target + ": cannot lock its staging folder (" + std::strerror(errno) + "); no file was replaced");
        if (folders_.size() > 1)
            WriteNew(s.staging + "/" + kPrimaryName, target, PrimaryMarkerText(RelativeTo(folders_.front().staging, folder)));
        return s;
    }

    // A new file created with mode 0666, so it gets what the umask allows, like any file a program creates.
    static void WriteNew(const std::string& staged, const std::string& target, const std::string& content) {
        const int fd = ::open(staged.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0) throw ExportError(target + ": cannot write (" + std::strerror(errno) + "); no file was replaced");
        std::size_t done = 0;
        while (done < content.size()) {
            const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
            if (n < 0) {
                if (errno == EINTR) continue;
                const int err = errno;
                ::close(fd);
                throw ExportError(target + ": writing failed (" + std::strerror(err) + "); no file was replaced");
            }
            done += static_cast<std::size_t>(n);
        }
        // On disk before it takes the target's name, so a crash leaves the old file or the new one.
        const bool synced = ::fsync(fd) == 0;
        const int sync_err = errno;
        if (::close(fd) != 0 || !synced)
            throw ExportError(target + ": writing failed (" + std::strerror(sync_err) + "); no file was replaced");
    }

    const ExportFiles& files_;
    std::vector<std::string> staged_;
    std::vector<StagingFolder> folders_;
};

std::vector<std::string> Paths(const ExportFiles& files) {
    std::vector<std::string> paths;
    for (const auto& file : files) paths.push_back(file.first);
    return paths;
}

}  // namespace

void EnsureFolder(const std::string& path) {
    std::error_code ec;
    std::filesystem::create_directories(path, ec);
    if (ec || !std::filesystem::is_directory(path)) {
        throw ExportError(path + ": cannot create output folder" + (ec ? " (" + ec.message() + ")" : ""));
    }
}

void WriteFilesAtomically(const ExportFiles& files) {
    CheckTargets(Paths(files));
    Transaction t(files);
    t.Stage();
    t.WriteCommitRecord(false);
    t.Commit(false);
}

void WriteSetWithManifest(const ExportFiles& files, const std::string& manifest_path, const std::string& manifest_json) {
    ExportFiles all = files;
    all.emplace_back(manifest_path, "");
    CheckTargets(Paths(all));
    const std::string folder = TargetFolder(manifest_path);
    std::vector<ListedFile> listed;
    for (const auto& [path, content] : files) listed.push_back({RelativeTo(path, folder), content.size(), Sha256Hex(content)});
    all.back().second = AddFilesList(manifest_json, listed);
    Transaction t(all);
    t.Stage();
    t.WriteCommitRecord(true);
    t.Commit(true);
}

void WriteFileAtomically(const std::string& path, const std::string& content) { WriteFilesAtomically({{path, content}}); }

// The streamed files are staged from the start (opened in the order given, each a kill point) and
// appended to through a buffer; the manifest is staged when Finish knows it. Until Finish has written
// the commit record, a kill or an exception leaves every target as it was.
struct StreamedSet::Impl {
    struct Stream {
        int fd = -1;
        std::string buffer;
        Sha256 hash;
        std::uint64_t bytes = 0;
    };
    ExportFiles files;  // the streamed files (contents unused), then the manifest
    std::vector<Stream> streams;
    std::unique_ptr<Transaction> transaction;

    ~Impl() {
        for (Stream& s : streams)
            if (s.fd >= 0) ::close(s.fd);
    }

    void Flush(std::size_t i) {
        Stream& s = streams[i];
        std::size_t done = 0;
        while (done < s.buffer.size()) {
            const ssize_t n = ::write(s.fd, s.buffer.data() + done, s.buffer.size() - done);
            if (n < 0) {
                if (errno == EINTR) continue;
                throw ExportError(files[i].first + ": writing failed (" + std::strerror(errno) + "); no file was replaced");
            }
            done += static_cast<std::size_t>(n);
        }
        s.buffer.clear();
    }
};

StreamedSet::StreamedSet(const std::vector<std::string>& streamed, const std::string& manifest_path) : impl_(std::make_unique<Impl>()) {
    for (const std::string& path : streamed) impl_->files.emplace_back(path, "");
    impl_->files.emplace_back(manifest_path, "");
    CheckTargets(Paths(impl_->files));
    impl_->transaction = std::make_unique<Transaction>(impl_->files);
    impl_->transaction->Prepare();
    impl_->streams.resize(streamed.size());
    for (std::size_t i = 0; i < streamed.size(); ++i) impl_->streams[i].fd = impl_->transaction->OpenStaged(i);
}

StreamedSet::~StreamedSet() = default;

void StreamedSet::Append(std::size_t file, std::string_view text) {
    Impl::Stream& s = impl_->streams.at(file);
    s.hash.Update(text);
    s.bytes += text.size();
    s.buffer.append(text);
    // Large enough that writes are few, small enough that memory stays flat.
    if (s.buffer.size() >= (1u << 20)) impl_->Flush(file);
}

void StreamedSet::Finish(const std::string& manifest_json) {
    const std::string folder = TargetFolder(impl_->files.back().first);
    std::vector<ListedFile> listed;
    for (std::size_t i = 0; i < impl_->streams.size(); ++i) {
        impl_->Flush(i);
        Impl::Stream& s = impl_->streams[i];
        // On disk before it takes the target's name, as WriteNew does for a file written whole.
        const bool synced = ::fsync(s.fd) == 0;
        const int sync_err = errno;
        const int fd = s.fd;
        s.fd = -1;
        if (::close(fd) != 0 || !synced)
            throw ExportError(impl_->files[i].first + ": writing failed (" + std::strerror(sync_err) + "); no file was replaced");
        listed.push_back({RelativeTo(impl_->files[i].first, folder), s.bytes, s.hash.HexDigest()});
    }
    impl_->files.back().second = AddFilesList(manifest_json, listed);
    impl_->transaction->StageFile(impl_->files.size() - 1);
    impl_->transaction->SyncStaging();
    impl_->transaction->WriteCommitRecord(true);
    impl_->transaction->Commit(true);
}

}  // namespace sb
