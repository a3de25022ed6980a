// ZipWriter over libzip: buffer sources in insertion order, per-entry compression, cancel and progress callbacks.
#include "export/zipwriter.h"

#include "export/atomicfile.h"

#include <zip.h>

#include <utility>

namespace noosphere::core {

using models::Error;
using models::ErrorCode;

namespace {

struct Callbacks {
    const std::function<bool()> *isCancelled;
    const std::function<void(double)> *progress;
};

}  // namespace

models::Result<ZipWriter> ZipWriter::create(const std::filesystem::path &file)
{
    int error = 0;
    // ZIP_TRUNCATE: an existing file (an earlier export) is replaced, whatever it holds, and is not even read.
    zip *archive = zip_open(file.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive) {
        zip_error_t details;
        zip_error_init_with_code(&details, error);
        Error failure{ErrorCode::Io, writeErrorDetail(file, zip_error_strerror(&details))};
        zip_error_fini(&details);
        return failure;
    }
    return ZipWriter(archive, file);
}

ZipWriter::ZipWriter(zip *archive, std::filesystem::path file) : m_zip(archive), m_file(std::move(file)) {}

ZipWriter::ZipWriter(ZipWriter &&other) noexcept
    : m_zip(std::exchange(other.m_zip, nullptr)), m_file(std::move(other.m_file)), m_buffers(std::move(other.m_buffers))
{
}

ZipWriter::~ZipWriter()
{
    if (m_zip)
        zip_discard(m_zip);
}

Error ZipWriter::lastError(const std::string &what) const
{
    return Error{ErrorCode::Io, writeErrorDetail(m_file, what + zip_error_strerror(zip_get_error(m_zip)))};
}

models::Result<void> ZipWriter::add(const std::string &name, std::string bytes, Compression compression)
{
    if (!m_zip)
        return Error{ErrorCode::InvalidArgument, "the archive was already written"};
    const std::string &kept = m_buffers.emplace_back(std::move(bytes));
    zip_source_t *source = zip_source_buffer(m_zip, kept.data(), kept.size(), 0);
    if (!source)
        return lastError(name + ": ");
    const zip_int64_t index = zip_file_add(m_zip, name.c_str(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
        zip_source_free(source);
        return lastError(name + ": ");
    }
    const zip_int32_t method = compression == Compression::Stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE;
    if (zip_set_file_compression(m_zip, zip_uint64_t(index), method, 0) != 0)
        return lastError(name + ": ");
    return {};
}

models::Result<void> ZipWriter::commit(const std::function<bool()> &isCancelled,
                                       const std::function<void(double)> &progress)
{
    if (!m_zip)
        return Error{ErrorCode::InvalidArgument, "the archive was already written"};
    Callbacks callbacks{&isCancelled, &progress};
    if (isCancelled)
        zip_register_cancel_callback_with_state(
            m_zip, [](zip_t *, void *state) { return (*static_cast<Callbacks *>(state)->isCancelled)() ? 1 : 0; },
            nullptr, &callbacks);
    if (progress)
        zip_register_progress_callback_with_state(
            m_zip, 0.01, [](zip_t *, double fraction, void *state) { (*static_cast<Callbacks *>(state)->progress)(fraction); },
            nullptr, &callbacks);
    if (zip_close(m_zip) != 0) {
        Error failure = isCancelled && isCancelled() ? Error{ErrorCode::Cancelled, "export cancelled"} : lastError("");
        zip_discard(m_zip);  // also removes libzip's temporary file, before `callbacks` goes
        m_zip = nullptr;
        return failure;
    }
    m_zip = nullptr;
    return {};
}

}  // namespace noosphere::core
