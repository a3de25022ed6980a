// Result<T>: the value of a fallible engine call, or an Error with a code the UI can translate and a detail
// line the CLI can print. Declared once here, in the bottom layer, and used by models/ and core/ alike.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace noosphere::models {

// What went wrong, as a category the UI turns into tr() text; the detail carries the specifics.
enum class ErrorCode {
    Unknown,
    InvalidArgument,
    NotFound,
    Io,
    Cancelled,
    // Project files
    IsDirectory,
    EmptyFile,
    NotAProject,
    Truncated,
    Corrupt,
    NewerVersion,
    ReadOnly,
    Locked,
    AlreadyExists,
    // Model files
    BadModelFile,      // truncated, corrupt or malformed weights, config or tokenizer
    UnsupportedModel,  // well-formed, but an architecture, dtype or feature this build does not run
};

struct Error {
    ErrorCode code = ErrorCode::Unknown;
    std::string detail;  // one plain sentence naming the file or value at fault
};

template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_state); }
    const T &value() const & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

}  // namespace noosphere::models
