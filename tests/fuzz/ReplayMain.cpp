// The fuzz targets' entry, compiled with the normal compiler: every file named on the command
// line (or found in a named folder) goes through LLVMFuzzerTestOneInput once, so that CI keeps
// replaying the seeds and every input a fuzzer once crashed or hung on, without clang.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

std::vector<std::filesystem::path> inputsOf(const std::filesystem::path& named)
{
    std::vector<std::filesystem::path> files;
    if (std::filesystem::is_directory(named)) {
        for (const auto& entry : std::filesystem::recursive_directory_iterator(named)) {
            if (entry.is_regular_file())
                files.push_back(entry.path());
        }
        std::sort(files.begin(), files.end());
    } else {
        files.push_back(named);
    }
    return files;
}

} // namespace

int main(int argc, char** argv)
{
    using clock = std::chrono::steady_clock;
    int replayed = 0;
    double slowest = 0;
    std::string slowestName;
    for (int i = 1; i < argc; ++i) {
        for (const auto& path : inputsOf(argv[i])) {
            std::ifstream in(path, std::ios::binary);
            if (!in) {
                std::fprintf(stderr, "cannot read %s\n", path.c_str());
                return 1;
            }
            const std::vector<char> bytes(
                (std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            const auto started = clock::now();
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
            const double seconds = std::chrono::duration<double>(clock::now() - started).count();
            if (seconds > slowest) {
                slowest = seconds;
                slowestName = path.string();
            }
            ++replayed;
        }
    }
    std::printf("replayed %d inputs; slowest %.3f s (%s)\n", replayed, slowest, slowestName.c_str());
    return replayed > 0 ? 0 : 1;
}
