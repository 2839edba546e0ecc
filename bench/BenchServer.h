#pragma once

#include <QByteArray>
#include <QMutex>
#include <QObject>
#include <QThread>

#include <atomic>

class QTcpServer;

namespace callpad::bench {

// A loopback HTTP server on a thread of its own that answers every
// `POST /v2/functions/{id}/call/{revision}` with one prepared body, and anything else with
// Opper's 404 shape. On its own thread so that writing 20 MB costs the GUI thread nothing and
// the heartbeat measures only the window; it notes when it wrote a response's last byte.
class BenchServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BenchServer)

public:
    explicit BenchServer(QObject *parent = nullptr);
    ~BenchServer() override;

    // Listens on 127.0.0.1, a free port; false when that failed.
    bool start();
    [[nodiscard]] quint16 port() const { return m_port; }

    // The body the following calls are answered with (thread-safe).
    void setCallBody(const QByteArray &body);
    // When the last call response's final byte went to the kernel (bench clock, µs); 0 before.
    [[nodiscard]] qint64 lastByteUs() const { return m_lastByteUs.load(); }
    [[nodiscard]] int callsAnswered() const { return m_callsAnswered.load(); }

private:
    void listenOnThread();
    void acceptOnThread();
    [[nodiscard]] QByteArray callBody() const;

    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread; owns the QTcpServer and the sockets
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    mutable QMutex m_bodyLock;
    QByteArray m_callBody;
    std::atomic<qint64> m_lastByteUs { 0 };
    std::atomic<int> m_callsAnswered { 0 };
};

} // namespace callpad::bench
