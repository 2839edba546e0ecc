#pragma once

#include <QtGlobal>

#include <utility>

namespace callpad {

// Keeps only the newest of several answers to the same question: each wrap() hands out a
// handler that runs only if no newer handler was handed out since (or invalidate() called).
// Asking again makes every older answer stale, so a slow old answer never overwrites a new one.
// The handlers refer to this object: deliver them where it lives (its owner is their context).
class Latest
{
public:
    template<typename Handler> auto wrap(Handler handler)
    {
        const quint64 ticket = ++m_ticket;
        return [this, ticket, handler = std::move(handler)](auto &&...args) mutable {
            if (ticket == m_ticket) {
                m_answered = ticket;
                handler(std::forward<decltype(args)>(args)...);
            } else {
                ++m_dropped;
            }
        };
    }
    // Every handler handed out so far goes stale.
    void invalidate() { m_answered = ++m_ticket; }
    // True while the newest handler has not run.
    [[nodiscard]] bool isPending() const { return m_answered != m_ticket; }
    // How many stale answers arrived and were dropped: what tests wait for, so "an old result
    // is dropped" is seen happening rather than assumed from a quiet event loop.
    [[nodiscard]] int droppedCount() const { return m_dropped; }

private:
    quint64 m_ticket = 0;
    quint64 m_answered = 0;
    int m_dropped = 0;
};

} // namespace callpad
