// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Errors are values: every fallible core operation returns Result<T>, the std::expected surface
// (C++23) on C++20. The message is written for the user: what failed and what to do next.

#include <QString>
#include <QtGlobal>

#include <optional>
#include <utility>
#include <variant>

namespace ChipTrace {

enum class ErrorCode {
    Generic,
    InvalidArgument,
    NotFound,
    Parse,
    Io,
    DiskFull,
    Network,
    HostNotFound,
    AuthRequired,
    Cancelled,
    LimitExceeded,
    Unsafe,
    Corrupt,
    NewerVersion,
    Conflict,
    Unsupported,
};

struct Error
{
    ErrorCode code = ErrorCode::Generic;
    QString message;

    Error() = default;
    Error(ErrorCode c, QString m)
        : code(c)
        , message(std::move(m))
    { }
    explicit Error(QString m)
        : message(std::move(m))
    { }
};

// Returned by value from a failing function: `return fail(ErrorCode::Io, tr("..."));`
inline Error fail(ErrorCode code, QString message)
{
    return Error(code, std::move(message));
}

// What error() gives for a success in a release build, where the assertion is compiled out:
// defined behaviour instead of reading an empty variant.
inline const Error &noError()
{
    static const Error none;
    return none;
}

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    { }
    Result(Error error)
        : m_state(std::in_place_index<1>, std::move(error))
    { }

    bool has_value() const { return m_state.index() == 0; }
    explicit operator bool() const { return has_value(); }

    T &value() & { return std::get<0>(m_state); }
    const T &value() const & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T value_or(T fallback) const { return has_value() ? value() : std::move(fallback); }

    // Asking a success for its error is a bug in the caller: it asserts (debug builds).
    const Error &error() const
    {
        Q_ASSERT_X(!has_value(), "Result::error", "the error of a success");
        return has_value() ? noError() : std::get<1>(m_state);
    }
    ErrorCode code() const { return error().code; }
    QString message() const { return has_value() ? QString() : error().message; }

private:
    std::variant<T, Error> m_state;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool has_value() const { return !m_error.has_value(); }
    explicit operator bool() const { return has_value(); }
    const Error &error() const
    {
        Q_ASSERT_X(m_error.has_value(), "Status::error", "the error of a success");
        return m_error ? *m_error : noError();
    }
    ErrorCode code() const { return error().code; }
    QString message() const { return m_error ? m_error->message : QString(); }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace ChipTrace
