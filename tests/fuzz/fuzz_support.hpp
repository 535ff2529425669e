// Shared by the fuzz targets (tests/fuzz/fuzz_*.cpp, docs/fuzzing.md).
//
// A target catches engine::InputError only: a located error is the right
// answer to broken input. Every other exception is left uncaught on purpose:
// with no handler anywhere, the C++ runtime calls std::terminate from the
// throw itself, so the report libFuzzer prints shows the stack of the throw.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include <unistd.h>

#ifndef TARIFF_SOURCE_DIR
#error "TARIFF_SOURCE_DIR must name the repository (tests/fuzz/CMakeLists.txt defines it)"
#endif

namespace fuzz {

inline std::string_view text_of(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

// A file of the repository, e.g. `models/examples/region.yaml`.
inline std::string source_file(const std::string& relative) {
    return std::string(TARIFF_SOURCE_DIR) + "/" + relative;
}

// Stops the run with a message: a property the target checks does not hold.
[[noreturn]] inline void finding(const std::string& message) {
    std::fprintf(stderr, "==fuzz finding== %s\n", message.c_str());
    std::fflush(stderr);
    std::abort();
}

// A directory of this process's own, made on first use and removed when the
// process exits normally: $TMPDIR, else /dev/shm, else /tmp, then
// `tariff-fuzz-NAME-PID`. A crashed run leaves it behind (scripts/fuzz.sh
// points TMPDIR into build-fuzz/ and clears it).
class WorkDir {
public:
    explicit WorkDir(const std::string& name) {
        namespace fs = std::filesystem;
        fs::path base = "/tmp";
        if (const char* tmp = std::getenv("TMPDIR"); tmp && *tmp && fs::is_directory(tmp)) base = tmp;
        else if (::access("/dev/shm", W_OK) == 0) base = "/dev/shm";
        path_ = base / ("tariff-fuzz-" + name + "-" + std::to_string(::getpid()));
        std::error_code ignored;
        fs::remove_all(path_, ignored);
        fs::create_directories(path_);
    }
    ~WorkDir() {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    WorkDir(const WorkDir&) = delete;
    WorkDir& operator=(const WorkDir&) = delete;

    const std::filesystem::path& path() const { return path_; }

    // Writes `text` to `relative` (its directories made as needed); returns its path.
    std::string write(const std::string& relative, std::string_view text) const {
        const std::filesystem::path file = path_ / relative;
        std::filesystem::create_directories(file.parent_path());
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        out.close();
        if (!out) finding("cannot write the fuzz input to " + file.string());
        return file.string();
    }

    // Copies a repository file to `relative`.
    void copy(const std::string& source, const std::string& relative) const {
        const std::filesystem::path file = path_ / relative;
        std::filesystem::create_directories(file.parent_path());
        std::filesystem::copy_file(source_file(source), file, std::filesystem::copy_options::overwrite_existing);
    }

private:
    std::filesystem::path path_;
};

// A working directory named `name` holding what a model under `examples/` may name
// beside it: the OVA/PPC series (by either path the examples use) and a method file.
inline const WorkDir& model_work_dir(const std::string& name) {
    static const WorkDir dir(name);
    static const bool copied = [] {
        dir.copy("models/indexation/ova-ppc.yaml", "indexation/ova-ppc.yaml");
        dir.copy("models/indexation/ova-ppc.yaml", "examples/ova-ppc.yaml");
        dir.copy("models/standard.yaml", "examples/eigen-methode.yaml");
        return true;
    }();
    (void)copied;
    return dir;
}

// The parts of an input split at lines that are exactly `separator` (the
// separator lines dropped); at most `most` parts, the rest staying in the last.
inline std::vector<std::string_view> split_at_lines(std::string_view text, std::string_view separator,
                                                    std::size_t most) {
    std::vector<std::string_view> parts;
    std::size_t start = 0, line = 0;
    while (line <= text.size() && parts.size() + 1 < most) {
        const std::size_t end = std::min(text.find('\n', line), text.size());
        if (text.substr(line, end - line) == separator) {
            parts.push_back(text.substr(start, line - start));
            start = std::min(end + 1, text.size());
        }
        if (end == text.size()) break;
        line = end + 1;
    }
    parts.push_back(text.substr(start));
    return parts;
}

// `text` escaped as a Markdown (backslashes) or HTML (entities) report escapes
// it, but with every `<` left as it is: what a writer that forgot `<` shows.
inline std::string escaped_but_lt(std::string_view text, bool markdown) {
    std::string out;
    for (const char c : text) {
        if (c == '<') out += c;
        else if (markdown && std::string_view("\\`*_[]>&|#!").find(c) != std::string_view::npos) out += {'\\', c};
        else if (!markdown && c == '&') out += "&amp;";
        else if (!markdown && c == '>') out += "&gt;";
        else if (!markdown && c == '"') out += "&quot;";
        else if (!markdown && c == '\'') out += "&#39;";
        else out += c;
    }
    return out;
}

// Stops the run when `report` shows a name that holds `<` with the `<` as
// written: every name must reach a Markdown or HTML report escaped. Both the
// name as written and the name escaped but for `<` are looked for (in
// Markdown, not where a backslash escapes the `<` a name begins with). In
// Markdown, text within a code span (between backticks on one line) is shown
// as written by every reader, so it is left out of the search.
inline void require_escaped(std::string_view report, const std::vector<std::string>& names, bool markdown,
                            const char* what) {
    std::string searched;
    if (markdown) {
        bool in_code = false;
        for (std::size_t i = 0; i < report.size(); ++i) {
            const char c = report[i];
            if (c == '`' && (i == 0 || report[i - 1] != '\\')) in_code = !in_code;
            else if (c == '\n') in_code = false;
            if (!in_code || c == '\n') searched += c;
        }
    } else {
        searched = report;
    }
    for (const auto& name : names) {
        if (name.find('<') == std::string::npos) continue;
        for (const auto& shown : {name, escaped_but_lt(name, markdown)})
            for (auto at = searched.find(shown); at != std::string::npos; at = searched.find(shown, at + 1))
                // `\<` in Markdown is the `<` a name begins with, escaped
                if (!(markdown && shown.front() == '<' && at > 0 && searched[at - 1] == '\\'))
                    finding(std::string(what) + " shows the name `" + name + "` with its `<` unescaped");
    }
}

}  // namespace fuzz
