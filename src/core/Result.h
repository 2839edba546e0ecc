#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace callpad {

// The outcome of a fallible operation: a value, or a sentence saying why there is none. Every
// operation that can fail returns one (or a Status), so the error travels with the result, also
// across a thread or a callback, instead of living in an out-parameter or in a `lastError()`
// that another call may already have replaced.
template<typename T> class Result
{
public:
    Result(T value) : m_value(std::move(value)) { } // NOLINT(google-explicit-constructor)

    static Result failure(QString error) { return Result(Failed {}, std::move(error)); }

    [[nodiscard]] bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    // Only when ok().
    [[nodiscard]] const T &value() const & { return *m_value; }
    [[nodiscard]] T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    [[nodiscard]] T valueOr(T fallback) const { return m_value.value_or(std::move(fallback)); }
    // Empty when ok().
    [[nodiscard]] const QString &error() const { return m_error; }

private:
    struct Failed
    {
    };
    Result(Failed /*tag*/, QString error) : m_error(std::move(error)) { }

    std::optional<T> m_value;
    QString m_error;
};

// A fallible operation without a value: success, or why not.
template<> class Result<void>
{
public:
    static Result success() { return {}; }
    static Result failure(QString error)
    {
        Result result;
        result.m_error = std::move(error);
        result.m_ok = false;
        return result;
    }

    [[nodiscard]] bool ok() const { return m_ok; }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const QString &error() const { return m_error; }

    // `value` when this is a success, else this failure as a Result<T>: for an operation whose
    // last step only succeeds or fails (`return writeFile(path).withValue(path);`).
    template<typename T> [[nodiscard]] Result<T> withValue(T value) const
    {
        return m_ok ? Result<T>(std::move(value)) : Result<T>::failure(m_error);
    }

private:
    Result() = default;

    QString m_error;
    bool m_ok = true;
};

using Status = Result<void>;

} // namespace callpad
